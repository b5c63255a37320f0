import { govError } from "../../../errors.ts";
import type { DocumentText } from "./document-text.ts";
import { readDocx } from "./read-docx.ts";
import { type PdfProgress, readPdf } from "./read-pdf.ts";
import { readPlainText } from "./read-plain-text.ts";

export type DocumentFormat = "pdf" | "docx" | "text";

/** What a file is, from its first bytes (names and declared types can lie). */
export function sniffFormat(bytes: Uint8Array, name: string): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    if (/\.docx$/i.test(name) || Buffer.from(bytes).includes("word/")) return "docx";
    throw govError("GOV_DRAFT_UNSUPPORTED_TYPE", { detail: `"${name}" is a zip archive but not a Word .docx document`, file: name });
  }
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    throw govError("GOV_DRAFT_UNSUPPORTED_TYPE", { detail: `"${name}" is an old binary Office file (.doc/.xls): save it as .docx or PDF`, file: name });
  }
  if (/\.pdf$/i.test(name)) throw govError("GOV_DRAFT_CORRUPT", { detail: `"${name}" is named .pdf but does not start like a PDF`, file: name });
  const sample = Buffer.from(bytes.subarray(0, 65536));
  if (sample.includes(0)) {
    throw govError("GOV_DRAFT_UNSUPPORTED_TYPE", { detail: `"${name}" is neither a PDF, a Word .docx nor plain text`, file: name });
  }
  return "text";
}

export interface ReadLimits {
  maxBytes: number;
  maxPages: number;
  maxCharacters: number;
}

/**
 * Any upload as text with pages.
 * @throws GOV_DRAFT_TOO_LARGE, GOV_DRAFT_UNSUPPORTED_TYPE and the readers' own codes
 */
export async function readDocument(bytes: Uint8Array, name: string, limits: ReadLimits, onPage?: PdfProgress): Promise<DocumentText> {
  if (bytes.byteLength === 0) throw govError("GOV_DRAFT_CORRUPT", { detail: `"${name}" is empty`, file: name });
  if (bytes.byteLength > limits.maxBytes) {
    throw govError("GOV_DRAFT_TOO_LARGE", {
      detail: `"${name}" is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes} (DRAFT_MAX_BYTES)`,
      file: name,
      limit: limits.maxBytes,
    });
  }
  const format = sniffFormat(bytes, name);
  let document: DocumentText;
  if (format === "pdf") {
    document = await readPdf(bytes, (page, pages) => {
      if (pages > limits.maxPages) {
        throw govError("GOV_DRAFT_TOO_LARGE", { detail: `"${name}" has ${pages} pages; the limit is ${limits.maxPages} (DRAFT_MAX_PAGES)`, file: name, limit: limits.maxPages });
      }
      onPage?.(page, pages);
    });
  } else if (format === "docx") document = await readDocx(bytes);
  else {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (text.includes("\uFFFD")) {
      throw govError("GOV_DRAFT_UNSUPPORTED_TYPE", { detail: `"${name}" is not UTF-8 text, a PDF or a Word .docx document`, file: name });
    }
    document = readPlainText(text);
  }
  return requireCharacters(document, name, limits.maxCharacters);
}

export function requireCharacters(document: DocumentText, name: string, maxCharacters: number): DocumentText {
  if (document.text.length > maxCharacters) {
    throw govError("GOV_DRAFT_TOO_LARGE", {
      detail: `"${name}" holds ${document.text.length} characters of text; the limit is ${maxCharacters} (DRAFT_MAX_CHARACTERS)`,
      file: name,
      limit: maxCharacters,
    });
  }
  if (document.text.trim().length === 0) throw govError("GOV_DRAFT_CORRUPT", { detail: `"${name}" holds no text`, file: name });
  return document;
}
