import { govError } from "../../../errors.ts";
import { type DocumentText, singlePage } from "./document-text.ts";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * mammoth's clean HTML as the extractor's text: a paragraph or heading per line
 * with a blank line after it, list items as "- " lines, table rows as
 * tab-separated cells (a cell's paragraphs joined).
 */
export function htmlToLines(html: string): string {
  const out: string[] = [];
  const blocks = html.match(/<table[\s\S]*?<\/table>|<(?:p|h[1-6]|li)\b[^>]*>[\s\S]*?<\/(?:p|h[1-6]|li)>/gi) ?? [];
  for (const block of blocks) {
    if (/^<table/i.test(block)) {
      for (const row of block.match(/<tr[\s\S]*?<\/tr>/gi) ?? []) {
        const cells = (row.match(/<t[dh][\s\S]*?<\/t[dh]>/gi) ?? []).map(plain);
        out.push(cells.join("\t"));
      }
      out.push("");
    } else if (/^<li/i.test(block)) {
      out.push(`- ${plain(block)}`);
    } else {
      const text = plain(block);
      if (text) out.push(text, "");
    }
  }
  // A list ends with a blank line like any other block.
  return out.join("\n").replace(/(^- .*$)\n(?!- |\n)/gm, "$1\n\n");
}

/** A Word .docx file (mammoth, in process). @throws GOV_DRAFT_CORRUPT */
export async function readDocx(bytes: Uint8Array): Promise<DocumentText> {
  const mammoth = await import("mammoth");
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return singlePage(htmlToLines(result.value), "docx");
  } catch (error) {
    throw govError("GOV_DRAFT_CORRUPT", { detail: `the file is not a readable Word document (${(error as Error).message})` });
  }
}
