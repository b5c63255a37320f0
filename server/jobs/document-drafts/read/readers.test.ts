import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { makePdf } from "../../../../bench/drafts/minimal-pdf.ts";
import { extractFacts } from "../extract/extract-facts.ts";
import { proposeFacts } from "../propose-facts.ts";
import { readDocument, sniffFormat } from "./read-document.ts";
import { readPdf } from "./read-pdf.ts";
import { readPlainText } from "./read-plain-text.ts";

const LIMITS = { maxBytes: 1_000_000, maxPages: 50, maxCharacters: 100_000 };

/** A zip archive of stored (uncompressed) files: enough for a .docx. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`;

function docx(body: string): Uint8Array {
  return zip({
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/document.xml": `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  });
}

describe("reading documents", () => {
  it("reads a Word table and its paragraphs into the shape the rules read", async () => {
    const bytes = docx(
      paragraph("Kestrel Vale Plan 2025") +
        paragraph("The Kestrel Vale Partnership is accountable to the Kestrel Vale Health and Wellbeing Board.") +
        `<w:tbl><w:tr>${cell("Strategy")}${cell("Lead")}${cell("Governance and reporting")}${cell("Oversight")}</w:tr><w:tr>${cell("Youth Offer")}${cell("Ana Blake")}${cell("Youth Board")}${cell("Kestrel Vale Partnership")}</w:tr></w:tbl>`,
    );
    expect(sniffFormat(bytes, "plan.docx")).toBe("docx");
    const document = await readDocument(bytes, "plan.docx", LIMITS);
    expect(document.format).toBe("docx");
    const facts = extractFacts(document).map((fact) => `${fact.kind}|${fact.subject}|${fact.object}`);
    expect(facts).toEqual(
      expect.arrayContaining([
        "ACCOUNTABLE_TO|Kestrel Vale Partnership|Kestrel Vale Health and Wellbeing Board",
        "LEADS|Ana Blake|Youth Offer",
        "GOVERNED_THROUGH|Youth Offer|Youth Board",
        "OVERSEEN_BY|Youth Offer|Kestrel Vale Partnership",
      ]),
    );
  });

  it("lays a PDF table out by position, a wrapped cell under its own column", async () => {
    const text = ["Plan", "", "Strategy\tLead\tGovernance and reporting\tOversight", "Special Educational Needs and\tCarla Diaz\tSEND Improvement\tThe Partnership Board", "Disabilities Strategy\t\tBoard"].join("\n");
    const document = await readPdf(makePdf(text));
    expect(document.text).toContain("Disabilities Strategy\t\tBoard");
    const facts = extractFacts(document).map((fact) => `${fact.kind}|${fact.subject}|${fact.object}`);
    expect(facts).toContain("GOVERNED_THROUGH|Special Educational Needs and Disabilities Strategy|SEND Improvement Board");
  });

  it("keeps offsets true while masking contact details", () => {
    const draft = proposeFacts(readPlainText("Northmoor Board\n\nThe Northmoor Board reports to the Northmoor Cabinet. Contact clerk@example.org or 01632 960999.\n"));
    expect(draft.document.text).not.toMatch(/example\.org|01632/);
    expect(draft.maskedContactDetails).toBe(2);
    const [fact] = draft.facts;
    expect(fact?.kind).toBe("REPORTS_TO");
    expect(draft.document.text.slice(fact?.start, fact?.end)).toBe(fact?.quote);
  });

  it("names each kind of bad file", async () => {
    const code = async (bytes: Uint8Array, name: string) =>
      readDocument(bytes, name, LIMITS).then(
        () => "read",
        (error: { extensions?: { code?: string } }) => error.extensions?.code,
      );
    await expect(code(makePdf("", { scanned: true }), "scan.pdf")).resolves.toBe("GOV_DRAFT_NO_TEXT_LAYER");
    await expect(code(makePdf("The Board meets monthly.", { encrypted: true }), "locked.pdf")).resolves.toBe("GOV_DRAFT_ENCRYPTED");
    await expect(code(new Uint8Array(Buffer.from("%PDF-1.4\nnot really")), "broken.pdf")).resolves.toBe("GOV_DRAFT_CORRUPT");
    await expect(code(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0, 1, 2]), "image.gif")).resolves.toBe("GOV_DRAFT_UNSUPPORTED_TYPE");
    await expect(code(zip({ "a.txt": "x" }), "archive.zip")).resolves.toBe("GOV_DRAFT_UNSUPPORTED_TYPE");
    await expect(code(new Uint8Array(Buffer.from("x".repeat(2000))), "long.txt")).resolves.toBe("read");
    await expect(readDocument(new Uint8Array(Buffer.from("x".repeat(2000))), "long.txt", { ...LIMITS, maxBytes: 1000 })).rejects.toThrow(/DRAFT_MAX_BYTES/);
    await expect(readDocument(makePdf(Array.from({ length: 3 }, () => "page").join("\f")), "three.pdf", { ...LIMITS, maxPages: 2 })).rejects.toThrow(/DRAFT_MAX_PAGES/);
  });
});
