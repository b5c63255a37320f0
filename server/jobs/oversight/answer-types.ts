import type { EntityRecord } from "../../domain/entity-record.ts";
import type {
  AccountabilityGaps,
  NotRestatedFact,
  OversightChain,
  OversightGap,
  OversightPath,
  OversightStep,
  StrategyLead,
  StructureChange,
  StructureDiff,
} from "../../generated/graphql.ts";

// The answers resolvers build: the generated GraphQL types with every entity as a parsed EntityRecord.

export type StepAnswer = Omit<OversightStep, "entity" | "chairs"> & { entity: EntityRecord; chairs: EntityRecord[] };
export type GapAnswer = Omit<OversightGap, "entity" | "related"> & { entity: EntityRecord | null; related: EntityRecord[] };
export type PathAnswer = Omit<OversightPath, "steps"> & { steps: StepAnswer[] };
export type LeadAnswer = Omit<StrategyLead, "entity" | "roles" | "organisations"> & {
  entity: EntityRecord;
  roles: EntityRecord[];
  organisations: EntityRecord[];
};
export type ChainAnswer = Omit<OversightChain, "strategy" | "leads" | "approvals" | "paths" | "tops" | "gaps"> & {
  strategy: EntityRecord;
  leads: LeadAnswer[];
  approvals: StepAnswer[];
  paths: PathAnswer[];
  tops: EntityRecord[];
  gaps: GapAnswer[];
};
export type NotRestatedAnswer = Omit<NotRestatedFact, "entity"> & { entity: EntityRecord | null };
export type ChangeAnswer = Omit<StructureChange, "entity"> & { entity: EntityRecord };
export type DiffAnswer = Omit<StructureDiff, "area" | "bodiesAdded" | "bodiesEnded" | "changed" | "notRestated" | "entities"> & {
  area: EntityRecord;
  bodiesAdded: EntityRecord[];
  bodiesEnded: EntityRecord[];
  changed: ChangeAnswer[];
  notRestated: NotRestatedAnswer[];
  entities: EntityRecord[];
};
type GapLists = "strategiesWithoutLead" | "strategiesWithoutGovernanceRoute" | "strategiesWithoutOversight" | "bodiesWithoutUpwardLine" | "cycles" | "overloadedPeople" | "singlePointsOfFailure";
export type GapsAnswer = Omit<AccountabilityGaps, "area" | GapLists> & { area: EntityRecord | null } & Record<GapLists, GapAnswer[]>;
