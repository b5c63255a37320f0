/** The document's lines with their offsets, and what kind of line each is. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

/** A heading: a short line with no full stop, numbered or standing apart. */
export function isHeading(lines: readonly Line[], index: number): boolean {
  const line = lines[index];
  if (!line) return false;
  const text = line.text.trim();
  if (text === "" || line.text.includes("\t") || text.length > 80) return false;
  if (/[.:;,!?]$/.test(text) || /^[-•*]\s/.test(text)) return false;
  if (!/^[A-Z0-9]/.test(text)) return false;
  if (text.split(/\s+/).length > 10) return false;
  const numbered = /^\d+(\.\d+)*\.?\s+[A-Z]/.test(text);
  return numbered || isBlank(lines[index + 1]) || isBlank(lines[index - 1]) || index === 0;
}

/** A heading's words without its number: "3. Membership" -> "Membership". */
export function headingText(text: string): string {
  return text.trim().replace(/^\d+(\.\d+)*\.?\s+/, "");
}

/** Contact details keep their place but not their characters: offsets stay true, nothing of them is stored or quoted. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;

export function maskContactDetails(text: string): { text: string; masked: number } {
  let masked = 0;
  const mask = (found: string) => {
    masked += 1;
    return "▒".repeat(found.length);
  };
  return { text: text.replace(EMAIL, mask).replace(PHONE, mask), masked };
}
