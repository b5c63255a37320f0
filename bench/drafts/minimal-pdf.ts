/**
 * Writes small, valid PDFs with a text layer laid out by position: lines of
 * text, and table rows (tab-separated) whose cells stand at fixed columns. The
 * bench drafts a 100-page one; the tests also make a page with no text (a
 * "scan") and one that asks for a password.
 */
export interface PdfOptions {
  /** A page with a filled shape and no text, as a scanner makes. */
  scanned?: boolean;
  /** An /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

const COLUMNS = [40, 190, 300, 430];
const LINES_PER_PAGE = 60;

function pdfString(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/[^\x20-\x7e]/g, "?")
    .replace(/([\\()])/g, "\\$1");
}

function pageContent(lines: readonly string[]): string {
  const out: string[] = [];
  let y = 800;
  for (const line of lines) {
    const cells = line.split("\t");
    cells.forEach((cell, column) => {
      if (!cell.trim()) return;
      const x = cells.length > 1 ? (COLUMNS[column] ?? 50 + column * 120) : 50;
      out.push(`BT /F1 7 Tf ${x} ${y} Td (${pdfString(cell)}) Tj ET`);
    });
    y -= 12;
  }
  return out.join("\n");
}

/** A long line of prose wraps as a word processor would wrap it; table rows stay whole. */
function wrap(line: string): string[] {
  if (line.includes("\t") || line.length <= 100) return [line];
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && current.length + word.length + 1 > 100) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

/** Splits text into pages of at most 60 lines (a form feed also starts a page). */
export function pagesOf(text: string): string[][] {
  const pages: string[][] = [];
  for (const part of text.split("\f")) {
    const lines = part.split("\n").flatMap(wrap);
    for (let start = 0; start < lines.length; start += LINES_PER_PAGE) pages.push(lines.slice(start, start + LINES_PER_PAGE));
  }
  return pages;
}

export function makePdf(text: string, options: PdfOptions = {}): Uint8Array {
  const pages = options.scanned ? [[]] : pagesOf(text);
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pagesId = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    const content = options.scanned ? "0.2 0.2 0.2 rg 40 40 515 760 re f" : pageContent(lines);
    const stream = add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${"7a".repeat(32)}> /U <${"3c".repeat(32)}> >>`)
    : null;
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const id = "<0123456789abcdef0123456789abcdef>";
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}
