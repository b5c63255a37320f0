// Generated from schema.graphql by scripts/codegen.ts. Do not edit: run `npm run codegen`.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Why a route ends. */
export type OversightPathEnd =
  /** At a body with no upward line. */
  | 'TOP'
  /** At a body already on the route; the cycle is reported as a gap. */
  | 'CYCLE'
  /** At the length bound (15 upward steps). */
  | 'DEPTH_LIMIT';

export type OversightGapKind =
  | 'NOT_IN_FORCE'
  | 'NO_LEAD'
  | 'NO_GOVERNANCE_ROUTE'
  | 'NO_OVERSIGHT_BODY'
  | 'NO_UPWARD_LINE'
  | 'CYCLE'
  | 'DEPTH_LIMIT'
  | 'OVERLOADED_PERSON'
  | 'SINGLE_POINT_OF_FAILURE';

export type AppStartQueryVariables = Exact<{ [key: string]: never; }>;


export type AppStartQuery = { documents: Array<{ file: string, title: string, date: string }>, areas: Array<
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  > };

export type StructureDiffQueryVariables = Exact<{
  area: string;
  from: string;
  to: string;
}>;


export type StructureDiffQuery = { structureDiff: { from: string, to: string, area: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, bodiesAdded: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, bodiesEnded: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, linesAdded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, linesEnded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, changed: Array<{ entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      , linesAdded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, linesEnded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> }>, replacements: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, notRestated: Array<{ message: string, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
       | null, edge: { id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> } | null, lastStatedIn: { file: string, title: string, date: string } }>, entities: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    > } };

export type EntityNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type EntityNeighbourhoodQuery = { entity:
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
   | null, around: { truncated: boolean, nodes: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, edges: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> } };

type EntityBrief_Area_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Board_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Organisation_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Person_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Role_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Strategy_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Priority_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Outcome_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Objective_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_AreaOfFocus_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_TermsOfReference_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_HealthCheck_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

export type EntityBriefFragment =
  | EntityBrief_Area_Fragment
  | EntityBrief_Board_Fragment
  | EntityBrief_Organisation_Fragment
  | EntityBrief_Person_Fragment
  | EntityBrief_Role_Fragment
  | EntityBrief_Strategy_Fragment
  | EntityBrief_Priority_Fragment
  | EntityBrief_Outcome_Fragment
  | EntityBrief_Objective_Fragment
  | EntityBrief_AreaOfFocus_Fragment
  | EntityBrief_TermsOfReference_Fragment
  | EntityBrief_HealthCheck_Fragment
;

export type SourceFieldsFragment = { document: string, section: string, date: string };

export type EdgeFieldsFragment = { id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> };

export type OversightChainQueryVariables = Exact<{
  strategyId: string | number;
  asOf?: string | null | undefined;
}>;


export type OversightChainQuery = { oversightChain: { asOf: string | null, truncated: boolean, strategy: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, leads: Array<{ entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      , roles: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, organisations: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, sources: Array<{ document: string, section: string, date: string }> }>, approvals: Array<{ fromId: string, relationship: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      , chairs: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, sources: Array<{ document: string, section: string, date: string }> }>, paths: Array<{ end: OversightPathEnd, note: string, steps: Array<{ fromId: string, relationship: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, entity:
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        , chairs: Array<
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        >, sources: Array<{ document: string, section: string, date: string }> }> }>, tops: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, gaps: Array<{ kind: OversightGapKind, message: string, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
       | null, related: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, evidence: Array<{ document: string, section: string, date: string }> }> } };

export type StepFieldsFragment = { fromId: string, relationship: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, entity:
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  , chairs: Array<
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  >, sources: Array<{ document: string, section: string, date: string }> };

export type ReportingLinesQueryVariables = Exact<{
  rootId?: string | number | null | undefined;
  area?: string | null | undefined;
  asOf?: string | null | undefined;
  depth?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type ReportingLinesQuery = { reportingLines: { asOf: string | null, truncated: boolean, nodes: Array<
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, edges: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  > };
