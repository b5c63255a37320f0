import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { govError } from "../../../errors.ts";
import type { DocumentText, PageRange } from "./document-text.ts";

/** One piece of text pdf.js found on a page, where it starts and how wide it is. */
interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of a page: its pieces in reading order. */
interface PageLine {
  y: number;
  height: number;
  pieces: Piece[];
}

/** Pieces further apart than this many line heights are in different cells of a table. */
const CELL_GAP = 1.2;

function linesOf(pieces: Piece[]): PageLine[] {
  const lines: PageLine[] = [];
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const piece of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - piece.y) <= Math.max(2, candidate.height * 0.4));
    if (line) line.pieces.push(piece);
    else lines.push({ y: piece.y, height: piece.height || 10, pieces: [piece] });
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/** The cells of a line: runs of pieces with no wide gap between them, each with its left edge. */
function cellsOf(line: PageLine): { x: number; end: number; text: string }[] {
  const cells: { x: number; end: number; text: string }[] = [];
  for (const piece of line.pieces) {
    const last = cells.at(-1);
    const gap = last ? piece.x - last.end : Number.POSITIVE_INFINITY;
    if (last && gap <= line.height * CELL_GAP) {
      last.text += gap > line.height * 0.15 && !last.text.endsWith(" ") && !piece.text.startsWith(" ") ? ` ${piece.text}` : piece.text;
      last.end = piece.x + piece.width;
    } else {
      cells.push({ x: piece.x, end: piece.x + piece.width, text: piece.text });
    }
  }
  return cells.map((cell) => ({ ...cell, text: cell.text.replace(/\s+/g, " ").trim() })).filter((cell) => cell.text.length > 0);
}

/**
 * A page's text as lines, tables as tab-separated cells. The left edges of the
 * last row with three or more cells are the table's columns: a wrapped
 * continuation row puts each of its cells under the column it stands in, so a
 * cell that wraps lands in the same column as it does in the seed documents.
 */
export function layOutPage(pieces: Piece[]): string {
  const out: string[] = [];
  let columns: number[] | null = null;
  let previous: PageLine | null = null;
  for (const line of linesOf(pieces)) {
    const cells = cellsOf(line);
    if (cells.length === 0) continue;
    if (previous && previous.y - line.y > Math.max(previous.height, line.height) * 1.9) out.push("");
    previous = line;
    if (cells.length >= 3 && (!columns || cells.length > columns.length)) columns = cells.map((cell) => cell.x);
    const first = cells[0];
    const second = columns?.[1];
    if (columns && cells.length === 1 && first && second !== undefined && first.end > second + line.height) columns = null;
    if (!columns) {
      out.push(cells.map((cell) => cell.text).join("\t"));
      continue;
    }
    const grid = columns;
    const row: string[] = grid.map(() => "");
    for (const cell of cells) {
      let index = 0;
      grid.forEach((x, column) => {
        if (cell.x >= x - line.height * 0.5) index = column;
      });
      row[index] = row[index] ? `${row[index]} ${cell.text}` : cell.text;
    }
    while (row.length > 1 && row.at(-1) === "") row.pop();
    out.push(row.join("\t"));
  }
  return out.join("\n");
}

/** The fonts every PDF may use without embedding them, shipped with pdf.js. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

export type PdfProgress = (page: number, pages: number) => void

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/**
 * A PDF's text layer, page by page, by position (pdf.js, in process).
 * @throws GOV_DRAFT_ENCRYPTED, GOV_DRAFT_CORRUPT, GOV_DRAFT_NO_TEXT_LAYER
 */
export async function readPdf(bytes: Uint8Array, onPage?: PdfProgress): Promise<DocumentText> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    standardFontDataUrl: STANDARD_FONTS,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name ?? "";
    if (name === "PasswordException") {
      throw govError("GOV_DRAFT_ENCRYPTED", { detail: "the PDF is protected by a password; save an unprotected copy and upload that" });
    }
    throw govError("GOV_DRAFT_CORRUPT", { detail: `the file is not a readable PDF (${(error as Error).message})` });
  }
  try {
    const pages: PageRange[] = [];
    const parts: string[] = [];
    let offset = 0;
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = (content.items as TextItemLike[])
        // pdf.js fills the gap between two cells with a wide space: the gap is what tells the cells apart.
        .filter((item) => typeof item.str === "string" && item.str.trim().length > 0 && Array.isArray(item.transform))
        .map((item) => {
          const transform = item.transform as number[];
          return { text: item.str as string, x: transform[4] ?? 0, y: transform[5] ?? 0, width: item.width ?? 0, height: item.height || Math.abs(transform[3] ?? 10) };
        });
      const text = layOutPage(pieces);
      characters += text.replace(/\s/g, "").length;
      const body = `${text}\n\n`;
      pages.push({ page: number, start: offset, end: offset + body.length });
      parts.push(body);
      offset += body.length;
      page.cleanup();
      onPage?.(number, pdf.numPages);
    }
    if (characters === 0) {
      throw govError("GOV_DRAFT_NO_TEXT_LAYER", {
        detail: `none of its ${pdf.numPages} page(s) has a text layer: it looks like a scan. Text is not recognised from images (no OCR); upload the original document or paste its text`,
      });
    }
    return { text: parts.join(""), pages, format: "pdf" };
  } finally {
    await pdf.destroy();
  }
}
