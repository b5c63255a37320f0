import type { EdgeBrief, EntityBrief } from "../elements/element-data.ts";

// A small Southend-like structure: two peer boards accountable to a Health and
// Wellbeing Board, a strategy governed through one and overseen by the other.
export function entity(id: string, label: string, kind: string | null = null, validTo: string | null = null): EntityBrief {
  return { id, name: id.replaceAll("-", " "), label, kind, areaId: "area-test", validFrom: "2010-01-01", validTo, lastEvidenced: null };
}

export function line(type: string, source: string, target: string): EdgeBrief {
  return { id: `${type}:${source}->${target}`, type, source, target, validFrom: "2010-01-01", validTo: null, lastEvidenced: null };
}

export const sampleNodes: EntityBrief[] = [
  entity("hwb", "Board", "HEALTH_AND_WELLBEING_BOARD"),
  entity("trust", "Board", "CHILDRENS_TRUST"),
  entity("lscb", "Board", "SAFEGUARDING_BOARD"),
  entity("neglect", "Strategy", "STRATEGY"),
  entity("council", "Organisation", "COUNCIL"),
  entity("lead", "Person"),
];

export const sampleEdges: EdgeBrief[] = [
  line("ACCOUNTABLE_TO", "trust", "hwb"),
  line("ACCOUNTABLE_TO", "lscb", "hwb"),
  line("SITS_ALONGSIDE", "trust", "lscb"),
  line("GOVERNED_THROUGH", "neglect", "lscb"),
  line("OVERSEEN_BY", "neglect", "trust"),
  line("MEMBER_OF", "council", "trust"),
  line("LEADS", "lead", "neglect"),
];
