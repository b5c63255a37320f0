/**
 * A document as the extractor reads it: one text, with the character range of
 * each page, so that every quote can say where it stands. Tables are kept as
 * lines whose cells are separated by tabs (the seed documents' own shape); the
 * PDF reader lays out cells by position into the same shape.
 */
export interface PageRange {
  page: number;
  start: number;
  end: number;
}

export interface DocumentText {
  text: string;
  pages: PageRange[];
  /** What the text was read from: "text", "pdf" or "docx". */
  format: "text" | "pdf" | "docx";
}

/** The page an offset falls on (1 for text without pages). */
export function pageAt(document: DocumentText, offset: number): number {
  for (const range of document.pages) {
    if (offset >= range.start && offset < range.end) return range.page;
  }
  return document.pages.at(-1)?.page ?? 1;
}

export function singlePage(text: string, format: DocumentText["format"]): DocumentText {
  return { text, pages: [{ page: 1, start: 0, end: text.length }], format };
}
