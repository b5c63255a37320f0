import { readFileSync } from "node:fs";
import { makePdf } from "../bench/drafts/minimal-pdf.ts";
import { readPdf } from "../server/jobs/document-drafts/read/read-pdf.ts";
import { extractFacts } from "../server/jobs/document-drafts/extract/extract-facts.ts";
const text = readFileSync(process.argv[2] as string, "utf8");
const doc = await readPdf(makePdf(text));
console.log(doc.text);
for (const f of extractFacts(doc)) console.log(f.kind, "|", f.subject, "|", f.object ?? f.value, "| p", f.page);
for (const o of [{ scanned: true }, { encrypted: true }]) { try { await readPdf(makePdf(text, o)); console.log("no error!", o); } catch (e) { console.log((e as any).extensions?.code, (e as Error).message); } }
try { await readPdf(new Uint8Array(Buffer.from("%PDF-1.4 garbage"))); } catch (e) { console.log((e as any).extensions?.code, (e as Error).message); }
