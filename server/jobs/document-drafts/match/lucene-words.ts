import { nameKey } from "../extract/names.ts";

/**
 * A name as a full-text query: its normalised words (letters and digits only,
 * lower case, so no Lucene syntax survives), any of which may match.
 */
export function luceneWords(name: string): string {
  return nameKey(name)
    .split(" ")
    .filter((word) => word.length > 0 && !["and", "or", "not", "to"].includes(word))
    .join(" ");
}
