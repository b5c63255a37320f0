import type { EntityNeighbourhoodQuery } from "../generated/graphql.ts";
import type { EntityPanelModel, Related } from "../ui/view-models.ts";

/** The relationship types the side panel asks for around a node. */
export const PANEL_TYPES = [
  "CHAIRS",
  "MEMBER_OF",
  "LEADS",
  "GOVERNED_THROUGH",
  "OVERSEEN_BY",
  "ACCOUNTABLE_TO",
  "REPORTS_TO",
  "SITS_WITHIN",
  "SITS_ALONGSIDE",
  "PART_OF",
  "COMMITTEE_OF",
  "EXECUTIVE_OF",
  "HOLDS_ROLE",
  "ROLE_IN",
  "REPLACES",
] as const;

const UPWARD = new Set(["ACCOUNTABLE_TO", "REPORTS_TO", "SITS_WITHIN", "COMMITTEE_OF", "EXECUTIVE_OF"]);

/** Sorts the lines around a node into the lists the side panel shows. */
export function entityPanelModel(id: string, around: EntityNeighbourhoodQuery["around"]): EntityPanelModel {
  const byId = new Map(around.nodes.map((node) => [node.id, node]));
  const model: EntityPanelModel = {
    chairs: [], answersTo: [], answerable: [], alongside: [], members: [], memberOf: [], partOf: [], parts: [],
    leads: [], oversees: [], governs: [], ledBy: [], governedThrough: [], overseenBy: [], replaces: [], replacedBy: [], holdsRoles: [],
  };
  for (const edge of around.edges) {
    const outgoing = edge.source === id;
    if (!outgoing && edge.target !== id) continue;
    const other = byId.get(outgoing ? edge.target : edge.source);
    if (!other) continue;
    const list = listFor(model, edge.type, outgoing);
    if (list && !list.some((r) => r.entity.id === other.id)) list.push({ entity: other, edge });
  }
  for (const list of Object.values(model) as Related[][]) list.sort((a, b) => a.entity.name.localeCompare(b.entity.name));
  return model;
}

function listFor(model: EntityPanelModel, type: string, outgoing: boolean): Related[] | undefined {
  if (UPWARD.has(type)) return outgoing ? model.answersTo : model.answerable;
  switch (type) {
    case "CHAIRS":
      return outgoing ? undefined : model.chairs;
    case "SITS_ALONGSIDE":
      return model.alongside;
    case "MEMBER_OF":
      return outgoing ? model.memberOf : model.members;
    case "PART_OF":
      return outgoing ? model.partOf : model.parts;
    case "LEADS":
      return outgoing ? model.leads : model.ledBy;
    case "OVERSEEN_BY":
      return outgoing ? model.overseenBy : model.oversees;
    case "GOVERNED_THROUGH":
      return outgoing ? model.governedThrough : model.governs;
    case "REPLACES":
      return outgoing ? model.replaces : model.replacedBy;
    case "HOLDS_ROLE":
      return outgoing ? model.holdsRoles : undefined;
    default:
      return undefined;
  }
}
