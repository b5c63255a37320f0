import { today } from "./clock.ts";

/**
 * The document id an edit cites when the fact is the editor's own word rather
 * than a loaded document's: its section reads "Stated by <name> on <date>" and
 * its date is the day of the edit. The audit log names the actor either way.
 */
export const STATEMENT_DOCUMENT = "statement";

/** The documents an edit may cite: the loaded ones and, dated today, the editor's own statement. */
export function withStatement(documentDates: Map<string, string>, cited: readonly string[]): Map<string, string> {
  if (cited.includes(STATEMENT_DOCUMENT)) documentDates.set(STATEMENT_DOCUMENT, today());
  return documentDates;
}
