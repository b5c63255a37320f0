import type { ElementDefinition } from "cytoscape";
import { type EdgeData, type LastEvidencedBrief, lastEvidencedWords, type NodeData } from "../graph/elements/element-data.ts";
import { relationshipWords } from "../graph/relationship-words.ts";
import type { BodyRow, LineRow, TableRows } from "../ui/view-models.ts";

/** What a view's classes mean, in words, for the table's "in this view" column. */
const STATE_WORDS: Record<string, string> = {
  origin: "strategy traced",
  path: "on an oversight route",
  lead: "lead",
  gap: "gap",
  added: "added",
  ended: "ended",
};

/** The same bodies and lines as the diagram, as rows for the list and table view, in reading order. */
export function tableModel(elements: readonly ElementDefinition[]): TableRows {
  const nodes = elements.filter((e) => e.group === "nodes" || !("source" in e.data));
  const edges = elements.filter((e) => e.group === "edges" || "source" in e.data);
  const names = new Map(nodes.map((n) => [n.data.id!, (n.data as NodeData).name]));
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  for (const e of edges) {
    const d = e.data as EdgeData;
    up.set(d.source, (up.get(d.source) ?? 0) + 1);
    down.set(d.target, (down.get(d.target) ?? 0) + 1);
  }
  const bodies = nodes
    .map((n): BodyRow => {
      const d = n.data as NodeData;
      return {
        id: d.id, name: d.name, label: d.nodeLabel, kind: d.kind, validFrom: d.validFrom, validTo: d.validTo,
        state: stateOf(n), up: up.get(d.id) ?? 0, down: down.get(d.id) ?? 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const lines = edges
    .map((e): LineRow => {
      const d = e.data as EdgeData;
      return {
        id: d.id, fromId: d.source, fromName: names.get(d.source) ?? d.source, relationship: relationshipWords(d.relType),
        toId: d.target, toName: names.get(d.target) ?? d.target, validFrom: d.validFrom, validTo: d.validTo, state: stateOf(e),
      };
    })
    .sort((a, b) => a.fromName.localeCompare(b.fromName) || a.toName.localeCompare(b.toName));
  return { bodies, lines };
}

function stateOf(element: ElementDefinition): string {
  const classes = Array.isArray(element.classes) ? element.classes : (element.classes ?? "").split(" ");
  const evidence = (element.data as { lastEvidenced?: LastEvidencedBrief | null }).lastEvidenced;
  return [...classes.flatMap((c) => (STATE_WORDS[c] ? [STATE_WORDS[c]] : [])), ...(evidence ? [lastEvidencedWords(evidence)] : [])].join(", ");
}
