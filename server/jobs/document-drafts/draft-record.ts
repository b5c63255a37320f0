/**
 * A draft as Neo4j stores it, and as GraphQL shows it. Facts keep the names as
 * the document wrote them and the entity each was matched to when drafted.
 */
import { z } from "zod";

export const StoredFact = z.object({
  id: z.string(),
  seq: z.number(),
  key: z.string(),
  kind: z.string(),
  subject: z.string(),
  subjectLabel: z.string(),
  subjectMatchId: z.string().nullish(),
  subjectMatchName: z.string().nullish(),
  subjectMatchScore: z.number().nullish(),
  object: z.string().nullish(),
  objectLabel: z.string().nullish(),
  objectMatchId: z.string().nullish(),
  objectMatchName: z.string().nullish(),
  objectMatchScore: z.number().nullish(),
  value: z.string().nullish(),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
  page: z.number(),
  section: z.string().nullish(),
  confidence: z.number(),
  rule: z.string(),
  status: z.enum(["PROPOSED", "ACCEPTED", "REJECTED"]),
  decidedBy: z.string().nullish(),
  decidedAt: z.string().nullish(),
  written: z.string().nullish(),
  edited: z.string().nullish(),
});
export type StoredFact = z.infer<typeof StoredFact>;

export const StoredDraft = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullish(),
  areaId: z.string().nullish(),
  format: z.string(),
  documentFile: z.string(),
  documentKey: z.string(),
  text: z.string(),
  pageCount: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  skippedRejected: z.number(),
});
export type StoredDraft = z.infer<typeof StoredDraft>;

export interface DraftRow {
  draft: Record<string, unknown>;
  facts: Record<string, unknown>[];
}

export interface DraftView extends StoredDraft {
  allFacts: StoredFact[];
}

export function draftView(row: DraftRow): DraftView {
  return { ...StoredDraft.parse(row.draft), allFacts: row.facts.map((fact) => StoredFact.parse(fact)) };
}

/** A fact as GraphQL's DraftFact. */
export function factView(fact: StoredFact) {
  const name = (text: string, label: string, id?: string | null, matched?: string | null, score?: number | null) => ({
    text,
    label,
    matchId: id ?? null,
    matchName: matched ?? null,
    matchScore: score ?? null,
  });
  return {
    ...fact,
    subject: name(fact.subject, fact.subjectLabel, fact.subjectMatchId, fact.subjectMatchName, fact.subjectMatchScore),
    object: fact.object ? name(fact.object, fact.objectLabel ?? "Board", fact.objectMatchId, fact.objectMatchName, fact.objectMatchScore) : null,
    value: fact.value ?? null,
    section: fact.section ?? null,
    decidedBy: fact.decidedBy ?? null,
    decidedAt: fact.decidedAt ?? null,
    written: fact.written ?? null,
    edited: fact.edited ?? null,
  };
}
