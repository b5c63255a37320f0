import { readFileSync } from "node:fs";
import { readPlainText } from "../server/jobs/document-drafts/read/read-plain-text.ts";
import { extractFacts } from "../server/jobs/document-drafts/extract/extract-facts.ts";
const facts = extractFacts(readPlainText(readFileSync(process.argv[2] as string, "utf8")));
for (const f of facts) console.log(f.kind, "|", f.subject, "|", f.object ?? f.value, "|", f.rule);
