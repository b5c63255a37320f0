import type { ElementDefinition } from "cytoscape";
import { cssName } from "../palette.ts";

/** The fields of an entity a diagram needs (the EntityBrief fragment). */
export interface EntityBrief {
  id: string;
  name: string;
  label: string;
  kind: string | null;
  areaId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** The fields of a line a diagram needs (the EdgeFields fragment). */
export interface EdgeBrief {
  id: string;
  type: string;
  source: string;
  target: string;
  validFrom: string | null;
  validTo: string | null;
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
}

/** Edge data every view sets. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relType: string;
  validFrom: string | null;
  validTo: string | null;
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
  };
  const classes = [cssName("label", entity.label), ...(entity.kind ? [cssName("kind", entity.kind)] : []), ...extraClasses];
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
  };
  return { group: "edges", data, classes: [cssName("rel", edge.type), ...extraClasses] };
}

/** The id the API gives a line: `TYPE:from->to`. */
export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
