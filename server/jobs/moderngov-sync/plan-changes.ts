import { decodeSources } from "../../domain/entity-record.ts";
import type { Stored } from "../../graph/stored-values.ts";
import type { DesiredLine, DesiredNode, Props } from "./map-committee.ts";

/** One thing a sync adds, ends or changes, as the report lists it. */
export interface SyncChange {
  action: "added" | "ended" | "changed";
  what: "node" | "line";
  /** A node's id, or a line's `TYPE:from->to`. */
  id: string;
  description: string;
  /** The citation of the fact (operation or page and id). */
  source: string | null;
  before: Stored | null;
  after: Stored;
}

export interface PlannedWrite<T> {
  item: T;
  properties: Props;
}

export interface CommitteePlan {
  nodes: PlannedWrite<DesiredNode>[];
  lines: PlannedWrite<DesiredLine>[];
  changes: SyncChange[];
}

export const lineKey = (line: { type: string; from: string; to: string }) => `${line.type}:${line.from}->${line.to}`;

/** Properties the sync keeps once stored, whatever the next reading says: an editor's correction, or a first reading's date. */
const sameCitation = (a: string, b: string) => {
  const [x] = decodeSources([a]);
  const [y] = decodeSources([b]);
  return x?.document === y?.document && x?.section === y?.section;
};

/** A citation already stored for the same operation and item is kept as stored, so that a re-reading does not rewrite it. */
function mergeSources(stored: unknown, wanted: string[]): string[] {
  const existing = Array.isArray(stored) ? stored.map(String) : [];
  return wanted.map((source) => existing.find((old) => sameCitation(old, source)) ?? source);
}


function mergeNode(stored: Stored | undefined, node: DesiredNode): Props {
  const merged: Props = { ...node.properties, sources: mergeSources(stored?.sources, node.properties.sources as string[]) };
  if (!stored) return merged;
  // An editor who corrected an inferred kind (kindInferred false) keeps the correction.
  if ("kindInferred" in merged && stored.kindInferred === false) {
    merged.kind = stored.kind as string;
    merged.kindInferred = false;
    merged.kindReason = (stored.kindReason as string | null) ?? null;
  }
  merged.validTo = (stored.validTo as string | null) ?? (merged.validTo as string | null) ?? null;
  return merged;
}

function mergeLine(stored: Stored | undefined, line: DesiredLine): Props {
  const wanted = line.properties;
  const merged: Props = { ...wanted, sources: mergeSources(stored?.sources, wanted.sources as string[]) };
  if (!stored) return merged;
  const storedFrom = stored.validFrom as string | null;
  const wantedFrom = wanted.validFrom as string | null;
  // An earlier start already stored (a wider window, another document) stays, with its citation.
  if (storedFrom && (!wantedFrom || storedFrom < wantedFrom)) {
    merged.validFrom = storedFrom;
    merged.sources = (stored.sources as string[] | null) ?? merged.sources ?? [];
    merged.firstEvidenced = (stored.firstEvidenced as boolean | null) ?? null;
    merged.validFromNote = (stored.validFromNote as string | null) ?? null;
  }
  const storedLast = stored.lastEvidencedOn as string | null;
  if (storedLast && storedLast > String(wanted.lastEvidencedOn ?? "")) {
    merged.lastEvidencedOn = storedLast;
    merged.lastEvidencedIn = (stored.lastEvidencedIn as string | null) ?? null;
    merged.notSeenSince = (stored.notSeenSince as string | null) ?? null;
  }
  merged.validTo = (stored.validTo as string | null) ?? (merged.validTo as string | null) ?? null;
  return merged;
}

const comparable = (value: unknown) => (value === undefined || value === null || (Array.isArray(value) && value.length === 0) ? null : JSON.stringify(value));

function differs(stored: Stored | undefined, merged: Props): boolean {
  if (!stored) return true;
  return Object.entries(merged).some(([key, value]) => comparable(stored[key]) !== comparable(value));
}

const firstSource = (props: Props) => {
  const [source] = decodeSources(props.sources ?? []);
  return source ? `${source.document}, ${source.section}` : null;
};

/** Only what differs from what is stored: an unchanged committee plans no write at all. */
export function planChanges(nodes: readonly DesiredNode[], lines: readonly DesiredLine[], storedNodes: ReadonlyMap<string, Stored>, storedLines: ReadonlyMap<string, Stored>): CommitteePlan {
  const plan: CommitteePlan = { nodes: [], lines: [], changes: [] };
  for (const node of nodes) {
    const stored = storedNodes.get(node.id);
    const merged = mergeNode(stored, node);
    if (!differs(stored, merged)) continue;
    plan.nodes.push({ item: node, properties: merged });
    const action = !stored ? "added" : !stored.validTo && merged.validTo ? "ended" : "changed";
    plan.changes.push({ action, what: "node", id: node.id, description: `${node.label} ${merged.name}`, source: firstSource(merged), before: stored ?? null, after: merged });
  }
  for (const line of lines) {
    const key = lineKey(line);
    const stored = storedLines.get(key);
    const merged = mergeLine(stored, line);
    if (!differs(stored, merged)) continue;
    plan.lines.push({ item: line, properties: merged });
    const action = !stored ? "added" : !stored.validTo && merged.validTo ? "ended" : "changed";
    const dates = merged.validTo ? `${merged.validFrom ?? "?"} to ${merged.validTo}` : `from ${merged.validFrom ?? "?"}`;
    plan.changes.push({ action, what: "line", id: key, description: `${line.from} ${line.type} ${line.to}, ${dates}`, source: firstSource(merged), before: stored ?? null, after: merged });
  }
  return plan;
}
