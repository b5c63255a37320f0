const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * ModernGov encodes text twice (`&amp;#39;` for an apostrophe): the XML parser
 * undoes the first layer, this the second. Unknown entities are left as they are.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Decoded, with runs of white space as one space and no space at either end. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? String((value as Record<string, unknown>)["#text"] ?? "") : String(value);
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}
