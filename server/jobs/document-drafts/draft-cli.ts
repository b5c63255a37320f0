// npm run draft -- <file> [--json]
// Reads a document (PDF, .docx or text) and prints the facts it would propose,
// each with its rule, page and quote. Writes nothing: no database is needed.
// The file is read as a stream, with progress on stderr for long files.
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { loadConfig } from "../../config.ts";
import { proposeFacts } from "./propose-facts.ts";
import { readDocument } from "./read/read-document.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean", default: false } } });
const file = positionals[0];
if (!file) {
  console.error("usage: npm run draft -- <file.pdf|file.docx|file.txt> [--json]");
  process.exit(2);
}

const config = loadConfig();
const limits = { maxBytes: config.DRAFT_MAX_BYTES, maxPages: config.DRAFT_MAX_PAGES, maxCharacters: config.DRAFT_MAX_CHARACTERS };
const progress = (text: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${text}`);
};

async function readStreamed(path: string): Promise<Uint8Array> {
  const size = statSync(path).size;
  if (size > limits.maxBytes) {
    throw new GraphQLError(`The document is too large: "${basename(path)}" is ${size} bytes; the limit is ${limits.maxBytes} (DRAFT_MAX_BYTES)`, { extensions: { code: "GOV_DRAFT_TOO_LARGE" } });
  }
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    chunks.push(chunk as Buffer);
    read += (chunk as Buffer).length;
    if (size > 4 << 20) progress(`reading ${Math.round((read / size) * 100)}% of ${(size / 1048576).toFixed(1)} MiB`);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

try {
  const bytes = await readStreamed(file);
  const document = await readDocument(bytes, basename(file), limits, (page, pages) => {
    if (pages >= 10) progress(`page ${page} of ${pages}`);
  });
  progress("");
  const draft = proposeFacts(document);
  if (values.json) {
    console.log(JSON.stringify({ format: document.format, pages: document.pages.length, facts: draft.facts }, null, 2));
  } else {
    console.log(`${basename(file)}: ${document.format}, ${document.pages.length} page(s), ${draft.facts.length} proposed fact(s)${draft.maskedContactDetails ? `, ${draft.maskedContactDetails} contact detail(s) masked` : ""}`);
    for (const fact of draft.facts) {
      const target = fact.object ?? fact.value;
      console.log(`\n${fact.kind}  ${fact.subject}  →  ${target}`);
      console.log(`  rule ${fact.rule}, confidence ${fact.confidence}, page ${fact.page}${fact.section ? `, section "${fact.section}"` : ""}, characters ${fact.start}-${fact.end}`);
      console.log(`  “${fact.quote.replace(/\s+/g, " ").slice(0, 300)}”`);
    }
  }
} catch (error) {
  progress("");
  const code = (error as GraphQLError).extensions?.code;
  console.error(code ? `${code}: ${(error as Error).message}` : (error as Error).message);
  process.exit(1);
}
