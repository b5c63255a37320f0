/**
 * From a read document to the facts it proposes: contact details masked first,
 * so that no quote and no name can carry them, then the rules.
 */
import { createHash } from "node:crypto";
import { maskContactDetails } from "./extract/document-lines.ts";
import { extractFacts } from "./extract/extract-facts.ts";
import type { ProposedFact } from "./extract/proposed-fact.ts";
import type { DocumentText } from "./read/document-text.ts";

export interface ProposedDraft {
  document: DocumentText;
  facts: ProposedFact[];
  /** SHA-256 of the masked text: the same document uploaded again has the same key. */
  documentKey: string;
  maskedContactDetails: number;
}

export function proposeFacts(read: DocumentText): ProposedDraft {
  const { text, masked } = maskContactDetails(read.text);
  const document = { ...read, text };
  return {
    document,
    facts: extractFacts(document),
    documentKey: createHash("sha256").update(text).digest("hex"),
    maskedContactDetails: masked,
  };
}
