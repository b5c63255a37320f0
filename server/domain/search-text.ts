/**
 * What the full-text index sees besides the name: the aliases, and the name
 * with "&" spelt "and" and punctuation dropped, so that "Health & Wellbeing"
 * and "health and well-being" find the same board.
 */
export function searchTextFor(name: string, aliases: readonly string[]): string {
  return [normaliseForSearch(name), ...aliases.map(normaliseForSearch)].join(" | ");
}

export function normaliseForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
