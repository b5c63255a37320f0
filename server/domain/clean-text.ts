/**
 * The rules every stored text obeys (names, aliases, sections, notes), wherever it comes
 * from: a GraphQL edit, an import or a seed file. Text is normalised to NFC so
 * that "é" typed two ways is one name (search and duplicate checks compare
 * strings), and refused when it holds what no document can say: a lone UTF-16
 * surrogate (stored, it becomes a replacement character), control characters
 * such as NUL (tabs and line breaks are fine), or nothing but blanks and
 * zero-width characters.
 */

/** Zero-width space, non-joiner, joiner, word joiner, byte-order mark. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export type CleanText = { ok: true; value: string } | { ok: false; problem: string };

export function cleanText(raw: string): CleanText {
  if (LONE_SURROGATE.test(raw)) return { ok: false, problem: "holds a lone UTF-16 surrogate (a broken character)" };
  const control = CONTROL.exec(raw);
  if (control) {
    const code = control[0].codePointAt(0) ?? 0;
    return { ok: false, problem: `holds the control character U+${code.toString(16).toUpperCase().padStart(4, "0")} at position ${control.index + 1}` };
  }
  const value = raw.normalize("NFC");
  if (value.replace(ZERO_WIDTH, "").trim() === "") return { ok: false, problem: "must not be empty (blanks and zero-width characters do not count)" };
  return { ok: true, value };
}
