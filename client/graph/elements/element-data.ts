import type { ElementDefinition } from "cytoscape";
import { cssName } from "../palette.ts";

/** The latest date a source shows a fact, when a newer description no longer does (LastEvidenced). */
export interface LastEvidencedBrief {
  on: string;
  source: string;
}

/** The fields of an entity a diagram needs (the EntityBrief fragment). */
export interface EntityBrief {
  id: string;
  name: string;
  label: string;
  kind: string | null;
  areaId: string | null;
  validFrom: string | null;
  validTo: string | null;
  lastEvidenced: LastEvidencedBrief | null;
}

/** "last evidenced 2011": the words a faded body or line carries in the diagram. */
export function lastEvidencedCaption(evidence: LastEvidencedBrief): string {
  return `last evidenced ${evidence.on.slice(0, 4)}`;
}

/** "last evidenced on 29 September 2011 in 002…, Appendix 5": the table's and the panels' words. */
export function lastEvidencedWords(evidence: LastEvidencedBrief): string {
  return `last evidenced on ${evidence.on} in ${evidence.source}`;
}

/** The fields of a line a diagram needs (the EdgeFields fragment). */
export interface EdgeBrief {
  id: string;
  type: string;
  source: string;
  target: string;
  validFrom: string | null;
  validTo: string | null;
  lastEvidenced: LastEvidencedBrief | null;
}

/** Node data every view sets; the stylesheet and the panels read these names. */
export interface NodeData {
  id: string;
  name: string;
  nodeLabel: string;
  kind: string | null;
  areaId: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Set when a newer description of the area no longer names the body: it is drawn faded, with `caption`. */
  lastEvidenced: LastEvidencedBrief | null;
  /** The name, and "(last evidenced 2011)" on a second line when set. */
  caption: string;
}

/** Edge data every view sets. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relType: string;
  validFrom: string | null;
  validTo: string | null;
  lastEvidenced: LastEvidencedBrief | null;
}

/** A node for one entity, classed by label and kind (`label-board kind-safeguarding-board`). */
export function nodeElement(entity: EntityBrief, extraClasses: string[] = []): ElementDefinition {
  const data: NodeData = {
    id: entity.id,
    name: entity.name,
    nodeLabel: entity.label,
    kind: entity.kind,
    areaId: entity.areaId,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    lastEvidenced: entity.lastEvidenced ?? null,
    caption: entity.lastEvidenced ? `${entity.name}\n(${lastEvidencedCaption(entity.lastEvidenced)})` : entity.name,
  };
  const classes = [
    cssName("label", entity.label),
    ...(entity.kind ? [cssName("kind", entity.kind)] : []),
    ...(entity.lastEvidenced ? ["last-evidenced"] : []),
    ...extraClasses,
  ];
  return { group: "nodes", data, classes };
}

/** An edge for one line, classed by relationship type (`rel-accountable-to`). */
export function edgeElement(edge: EdgeBrief, extraClasses: string[] = []): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    relType: edge.type,
    validFrom: edge.validFrom,
    validTo: edge.validTo,
    lastEvidenced: edge.lastEvidenced ?? null,
  };
  return { group: "edges", data, classes: [cssName("rel", edge.type), ...(edge.lastEvidenced ? ["last-evidenced"] : []), ...extraClasses] };
}

/** The id the API gives a line: `TYPE:from->to`. */
export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
