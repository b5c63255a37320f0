import type { RelType } from "../../server/domain/model.ts";
import { DISPLAY_REL_LOOKS, REL_LOOKS } from "./palette.ts";

/** "ACCOUNTABLE_TO" → "accountable to", as the legend says it. */
export function relationshipWords(type: string): string {
  return (REL_LOOKS[type as RelType] ?? DISPLAY_REL_LOOKS[type])?.caption ?? type.toLowerCase().replaceAll("_", " ");
}
