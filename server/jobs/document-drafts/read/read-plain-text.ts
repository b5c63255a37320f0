import { type DocumentText, singlePage } from "./document-text.ts";

/**
 * Plain or pasted text: line ends made one kind and form feeds (the page breaks
 * some converters leave) turned into pages; tabs are kept, they are the tables.
 */
export function readPlainText(raw: string): DocumentText {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.includes("\f")) return singlePage(text, "text");
  const pages: DocumentText["pages"] = [];
  let start = 0;
  const parts = text.split("\f");
  const joined = parts.join("\n");
  parts.forEach((part, index) => {
    pages.push({ page: index + 1, start, end: start + part.length + 1 });
    start += part.length + 1;
  });
  return { text: joined, pages, format: "text" };
}
