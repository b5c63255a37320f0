import { z } from "zod";
import type { TransactionRunner } from "../db/run-query.ts";
import { decodeSources } from "../domain/entity-record.ts";
import { type LastEvidence, lastEvidenceOf, type WholeStructureDescription } from "../domain/last-evidenced.ts";
import { REL_TYPES } from "../domain/model.ts";

/** The lines the rule looks at: every line between bodies but the area, terms and health-check lines. */
const EVIDENCED_LINE_TYPES = REL_TYPES.filter((type) => !["IN_AREA", "HAS_TERMS_OF_REFERENCE", "HAD_HEALTH_CHECK"].includes(type));

export const WholeStructureMark = z.object({ area: z.string(), section: z.string() });

/** A seed document's whole-structure sections as the Document node stores them: one JSON string each. */
export function encodeWholeStructure(marks: readonly { area: string; section: string }[]): string[] {
  return marks.map((mark) => JSON.stringify({ area: mark.area, section: mark.section }));
}

/**
 * The areas a document's stored whole-structure marks name, read before a write replaces them: the
 * boards of an area a document stops marking may lose their last-evidenced marks.
 */
export async function storedWholeStructureAreas(tx: TransactionRunner, file: string): Promise<string[]> {
  const [stored] = await tx.run("graph/document-whole-structure", { file });
  return (stored?.wholeStructure ?? []).map((text) => WholeStructureMark.parse(JSON.parse(text)).area);
}

const Fact = z.object({
  sources: z.array(z.string()).nullish(),
  lastEvidencedRule: z.string().nullish(),
  open: z.boolean(),
  areas: z.array(z.string()),
});
export const WholeStructureFactsRow = z.object({
  documents: z.array(z.object({ file: z.string(), date: z.string(), wholeStructure: z.array(z.string()) })),
  nodes: z.array(Fact.extend({ id: z.string() })),
  lines: z.array(Fact.extend({ type: z.string(), from: z.string(), to: z.string() })),
});

type Mark = { on: string | null; in: string | null };

function markFor(fact: z.infer<typeof Fact>, descriptions: WholeStructureDescription[]): Mark | null {
  const evidence: LastEvidence | null = fact.open ? lastEvidenceOf({ sources: decodeSources(fact.sources), areas: fact.areas }, descriptions) : null;
  if (evidence) return { on: evidence.on, in: evidence.source };
  // Only a mark this rule set is cleared; nothing else is touched.
  return fact.lastEvidencedRule === "WHOLE_STRUCTURE" ? { on: null, in: null } : null;
}

/**
 * Marks the bodies and lines that a newer whole-structure description of their
 * area no longer mentions (server/domain/last-evidenced.ts), and clears the
 * marks that no longer hold, in the writer's transaction. Nothing is ended:
 * an editor confirms an end or that the fact still stands.
 */
export async function markLastEvidenced(tx: TransactionRunner, boardIds: readonly string[] | null = null): Promise<{ nodes: number; lines: number }> {
  // `boardIds` null: every board; else only those boards and the lines from them.
  const [row] = boardIds
    ? await tx.run("graph/list-whole-structure-facts-of-boards", { types: EVIDENCED_LINE_TYPES, boardIds })
    : await tx.run("graph/list-whole-structure-facts", { types: EVIDENCED_LINE_TYPES });
  if (!row) return { nodes: 0, lines: 0 };
  const descriptions: WholeStructureDescription[] = row.documents.flatMap((doc) =>
    doc.wholeStructure.map((text) => ({ ...WholeStructureMark.parse(JSON.parse(text)), document: doc.file, date: doc.date })),
  );
  const nodes = row.nodes.flatMap((node) => {
    const mark = markFor(node, descriptions);
    return mark ? [{ id: node.id, ...mark }] : [];
  });
  const lines = row.lines.flatMap((line) => {
    const mark = markFor(line, descriptions);
    return mark ? [{ type: line.type, from: line.from, to: line.to, ...mark }] : [];
  });
  if (nodes.length + lines.length > 0) await tx.run("graph/set-last-evidenced", { nodes, lines });
  return { nodes: nodes.filter((n) => n.on).length, lines: lines.filter((l) => l.on).length };
}
