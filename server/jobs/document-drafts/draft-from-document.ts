import { randomUUID } from "node:crypto";
import type { GraphContext } from "../../context.ts";
import { govError } from "../../errors.ts";
import { parseInput } from "../parse-input.ts";
import { requireDraftReader } from "./draft-access.ts";
import { type DraftView, draftView } from "./draft-record.ts";
import { nameKey } from "./extract/names.ts";
import { factKey } from "./extract/proposed-fact.ts";
import { DraftFromDocumentArgs } from "./inputs.ts";
import { matchNames } from "./match/match-draft-names.ts";
import { proposeFacts } from "./propose-facts.ts";
import { readDocument, requireCharacters } from "./read/read-document.ts";
import { readPlainText } from "./read/read-plain-text.ts";

/** The file name accepted facts cite: one per document text, whatever it was uploaded as. */
export function documentFileFor(documentKey: string, format: string): string {
  return `draft-${documentKey.slice(0, 16)}.${format === "text" ? "txt" : format}`;
}

/**
 * Reads the document, proposes its facts (less those rejected before for the
 * same text), matches their names to the graph, and stores the draft. Nothing
 * of the governance graph is written.
 */
export async function draftFromDocument(args: unknown, { runner, user, config }: GraphContext): Promise<DraftView> {
  const actor = requireDraftReader(user, "draftFromDocument");
  const input = parseInput(DraftFromDocumentArgs, args);
  const limits = { maxBytes: config.DRAFT_MAX_BYTES, maxPages: config.DRAFT_MAX_PAGES, maxCharacters: config.DRAFT_MAX_CHARACTERS };
  let read: Awaited<ReturnType<typeof readDocument>>;
  if (input.file) {
    if (input.file.size > limits.maxBytes) {
      throw govError("GOV_DRAFT_TOO_LARGE", { detail: `"${input.file.name}" is ${input.file.size} bytes; the limit is ${limits.maxBytes} (DRAFT_MAX_BYTES)`, path: ["file"], limit: limits.maxBytes });
    }
    read = await readDocument(new Uint8Array(await input.file.arrayBuffer()), input.file.name || "upload", limits);
  } else {
    const text = input.text ?? "";
    if (Buffer.byteLength(text) > limits.maxBytes) {
      throw govError("GOV_DRAFT_TOO_LARGE", { detail: `the text is ${Buffer.byteLength(text)} bytes; the limit is ${limits.maxBytes} (DRAFT_MAX_BYTES)`, path: ["text"], limit: limits.maxBytes });
    }
    read = requireCharacters(readPlainText(text), "the pasted text", limits.maxCharacters);
  }
  const proposed = proposeFacts(read);
  if (proposed.facts.length > config.DRAFT_MAX_FACTS) {
    throw govError("GOV_DRAFT_TOO_LARGE", { detail: `it states ${proposed.facts.length} facts; the limit is ${config.DRAFT_MAX_FACTS} (DRAFT_MAX_FACTS): split the document`, limit: config.DRAFT_MAX_FACTS });
  }
  const id = randomUUID();
  return runner.writeTransaction(async (tx) => {
    const [rejected] = await tx.run("document-drafts/find-rejected-keys", { documentKey: proposed.documentKey });
    const skip = new Set(rejected?.keys ?? []);
    const facts = proposed.facts.map((fact) => ({ fact, key: factKey(fact, nameKey) })).filter(({ key }) => !skip.has(key));
    const matches = await matchNames(
      tx,
      facts.flatMap(({ fact }) => [
        { text: fact.subject, label: fact.subjectLabel },
        ...(fact.object && fact.objectLabel ? [{ text: fact.object, label: fact.objectLabel }] : []),
      ]),
    );
    const matchOf = (text: string | null, label: string | null) => (text && label ? matches.get(`${label}|${text}`) : undefined);
    const stored = facts.map(({ fact, key }, seq) => {
      const subject = matchOf(fact.subject, fact.subjectLabel);
      const object = matchOf(fact.object, fact.objectLabel);
      return {
        id: `${id}:${seq}`,
        seq,
        key,
        documentKey: proposed.documentKey,
        kind: fact.kind,
        subject: fact.subject,
        subjectLabel: subject?.label ?? fact.subjectLabel,
        subjectMatchId: subject?.id ?? null,
        subjectMatchName: subject?.name ?? null,
        subjectMatchScore: subject?.score ?? null,
        object: fact.object,
        objectLabel: object?.label ?? fact.objectLabel,
        objectMatchId: object?.id ?? null,
        objectMatchName: object?.name ?? null,
        objectMatchScore: object?.score ?? null,
        value: fact.value,
        quote: fact.quote,
        start: fact.start,
        end: fact.end,
        page: fact.page,
        section: fact.section,
        confidence: fact.confidence,
        rule: fact.rule,
      };
    });
    const draft = {
      id,
      title: input.title,
      date: input.date ?? null,
      areaId: input.areaId ?? null,
      format: proposed.document.format,
      documentFile: documentFileFor(proposed.documentKey, proposed.document.format),
      documentKey: proposed.documentKey,
      text: proposed.document.text,
      pages: JSON.stringify(proposed.document.pages),
      pageCount: proposed.document.pages.length,
      createdBy: actor.name,
      createdById: actor.id,
      createdAt: new Date().toISOString(),
      skippedRejected: proposed.facts.length - facts.length,
    };
    await tx.run("document-drafts/create-draft", { draft, facts: stored });
    const [row] = await tx.run("document-drafts/get-draft", { id });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "draft", id });
    return draftView(row);
  });
}
