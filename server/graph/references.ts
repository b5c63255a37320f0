import type { TransactionRunner } from "../db/run-query.ts";
import { REL_RULES, type RelType } from "../domain/model.ts";
import { govError } from "../errors.ts";
import { isNodeLabel, type KnownNode } from "./seed-rules.ts";
import type { SourceInput } from "./value-inputs.ts";
import { withStatement } from "./statement-source.ts";

export type Path = (string | number)[];

/** What the graph holds of the ids and documents an edit names, read in one round trip. */
export interface References {
  labelOf(id: string): string | undefined;
  known(ids: readonly (string | null | undefined)[]): KnownNode[];
  documentDates: ReadonlyMap<string, string>;
}

export async function resolveReferences(
  tx: TransactionRunner,
  ids: readonly (string | null | undefined)[],
  documents: readonly string[] = [],
): Promise<References> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string"))];
  const [row] = await tx.run(
    "graph/resolve-references",
    { ids: wanted, documents: [...new Set(documents)] },
  );
  const labels = new Map((row?.nodes ?? []).filter((node) => node.label).map((node) => [node.id, node.label as string]));
  const loaded = new Map((row?.documents ?? []).filter((doc) => doc.date).map((doc) => [doc.file, doc.date as string]));
  const dates = withStatement(loaded, documents);
  return {
    labelOf: (id) => labels.get(id),
    known: (list) =>
      list.flatMap((id) => {
        const label = id ? labels.get(id) : undefined;
        return id && isNodeLabel(label) ? [{ id, label }] : [];
      }),
    documentDates: dates,
  };
}

/** @throws GOV_NOT_FOUND naming the field of the id that names no node */
export function requireNode(refs: References, id: string, path: Path): string {
  const label = refs.labelOf(id);
  if (!label) throw govError("GOV_NOT_FOUND", { kind: "node", id, path });
  return label;
}

export function requireArea(refs: References, id: string, path: Path): void {
  const label = refs.labelOf(id);
  if (!label) throw govError("GOV_NOT_FOUND", { kind: "Area", id, path });
  if (label !== "Area") throw govError("GOV_INPUT_INVALID", { detail: `"${id}" is a ${label}, not an Area`, path });
}

/** @throws GOV_NOT_FOUND for a citation of a document that is not loaded */
export function requireDocuments(refs: References, sources: readonly SourceInput[], path: Path): void {
  sources.forEach((source, index) => {
    requireDocument(refs, source, [...path, index]);
  });
}

export function requireDocument(refs: References, source: SourceInput, path: Path): void {
  if (!refs.documentDates.has(source.document)) {
    throw govError("GOV_NOT_FOUND", { kind: "source document", id: source.document, path: [...path, "document"] });
  }
}

/** The model's rule for a line: which labels may start and end it. */
export function requireAllowedLine(type: RelType, from: { id: string; label: string }, to: { id: string; label: string }, base: Path): void {
  const rule = REL_RULES[type];
  const refuse = (detail: string, field: string, allowed: string[]) =>
    govError("GOV_RELATIONSHIP_NOT_ALLOWED", { detail, path: [...base, field], allowed });
  if (from.id === to.id) throw refuse(`${type} from "${from.id}" to itself`, "to", []);
  if (!(rule.from as string[]).includes(from.label)) {
    throw refuse(`${type} cannot start at a ${from.label} (allowed: ${rule.from.join(", ")})`, "from", rule.from);
  }
  if (!(rule.to as string[]).includes(to.label)) {
    throw refuse(`${type} cannot end at a ${to.label} (allowed: ${rule.to.join(", ")})`, "to", rule.to);
  }
  if (rule.sameLabel && from.label !== to.label) {
    throw refuse(`${type} joins nodes of one label, not a ${from.label} and a ${to.label}`, "to", [from.label]);
  }
  if (rule.pairs && !rule.pairs.some(([start, end]) => start === from.label && end === to.label)) {
    const pairs = rule.pairs.map(([start, end]) => `${start}->${end}`);
    throw refuse(`${type} cannot join a ${from.label} to a ${to.label} (allowed: ${pairs.join(", ")})`, "to", pairs);
  }
}

/** @throws GOV_DATE_ORDER_INVALID when the end comes before the start */
export function requireDateOrder(validFrom: unknown, validTo: unknown, path: Path): void {
  if (typeof validFrom === "string" && typeof validTo === "string" && validTo < validFrom) {
    throw govError("GOV_DATE_ORDER_INVALID", { detail: `validTo ${validTo} is before validFrom ${validFrom}`, path, validFrom, validTo });
  }
}
