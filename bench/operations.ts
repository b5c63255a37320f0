/**
 * The operations the bench measures: each a GraphQL request as a client would
 * send it (asking for the whole answer, as the diagrams and tables do), with
 * its variables drawn from a sampled council. The nested board read is also
 * sent to the @neo4j/graphql peer, asking for the same fields.
 */
import type { Prng } from "./synthetic/prng.ts";
import type { CouncilSample } from "./council-samples.ts";

export interface BenchOperation {
  /** Name in the table. */
  name: string;
  /** The Query field it needs: an operation whose field is not in the API yet is left out and reported. */
  field: string;
  query: string;
  variables(sample: CouncilSample, rng: Prng, asOf: string): Record<string, unknown> | undefined;
  /** The same read sent to the @neo4j/graphql peer. */
  peer?: { query: string; variables(ours: Record<string, unknown>): Record<string, unknown> };
  /** Touches no database: measures what HTTP and GraphQL alone cost, the fixed part of every ratio. */
  baseline?: boolean;
}

const pick = <T>(rng: Prng, items: T[]): T | undefined => (items.length > 0 ? rng.pick(items) : undefined);

export const OPERATIONS: BenchOperation[] = [
  {
    name: "HTTP + GraphQL alone",
    field: "__typename",
    query: /* GraphQL */ `query Floor { __typename }`,
    variables: () => ({}),
    baseline: true,
  },
  {
    name: "search",
    field: "search",
    query: /* GraphQL */ `query Search($text: String!) { search(text: $text, limit: 20) { id name label kind areaId } }`,
    variables: (sample, rng) => ({ text: rng.pick(sample.searchTexts) }),
  },
  {
    name: "oversightChain",
    field: "oversightChain",
    query: /* GraphQL */ `query Chain($id: ID!, $asOf: Date) { oversightChain(strategyId: $id, asOf: $asOf) {
      strategy { id name }
      leads { entity { id name label } roles { id name } organisations { id name } sources { document section } }
      approvals { relationship entity { id name } }
      paths { end note steps { fromId relationship entity { id name label kind } chairs { id name } validFrom validTo sources { document section } } }
      tops { id name } gaps { kind message entity { id name } related { id } } truncated } }`,
    variables: (sample, rng, asOf) => {
      const id = pick(rng, sample.strategyIds);
      return id ? { id, asOf } : undefined;
    },
  },
  {
    name: "reportingLines(area)",
    field: "reportingLines",
    query: /* GraphQL */ `query Lines($area: String!, $asOf: Date) { reportingLines(area: $area, asOf: $asOf) {
      nodes { id name label kind areaId } edges { id type source target validFrom validTo } truncated } }`,
    variables: (sample, _rng, asOf) => ({ area: sample.areaId, asOf }),
  },
  {
    name: "accountabilityGaps(area)",
    field: "accountabilityGaps",
    query: /* GraphQL */ `fragment Gap on OversightGap { kind message entity { id name label } related { id name } }
      query Gaps($area: String!, $asOf: Date) { accountabilityGaps(area: $area, asOf: $asOf) {
      strategiesWithoutLead { ...Gap } strategiesWithoutGovernanceRoute { ...Gap } strategiesWithoutOversight { ...Gap }
      bodiesWithoutUpwardLine { ...Gap } cycles { ...Gap } overloadedPeople { ...Gap } singlePointsOfFailure { ...Gap } } }`,
    variables: (sample, _rng, asOf) => ({ area: sample.areaId, asOf }),
  },
  {
    name: "healthCheck",
    field: "healthCheck",
    query: /* GraphQL */ `query Health($id: ID!, $asOf: Date) { healthCheck(boardId: $id, asOf: $asOf) {
      board { id name } asOf overall overallReason counts { red amber green notApplicable }
      rules { rule { id title } status reason evidence { note entity { id name } edge { type source target } } }
      recordedHealthChecks { id name } } }`,
    variables: (sample, rng, asOf) => {
      const id = pick(rng, sample.partnershipIds);
      return id ? { id, asOf } : undefined;
    },
  },
  {
    name: "termsOfReferenceReview(area)",
    field: "termsOfReferenceReview",
    query: /* GraphQL */ `query Review($area: String!, $asOf: Date!) { termsOfReferenceReview(asOf: $asOf, area: $area) {
      summary { total current dueSoon overdue missing undated withDiscrepancies }
      boards { board { id name } status reason reviewDue daysUntilReview
        chair { id inGraph } requiredMembers { id inGraph } accountableTo { id inGraph } discrepancies { kind message } } } }`,
    variables: (sample, _rng, asOf) => ({ area: sample.areaId, asOf }),
  },
  {
    name: "board (nested read)",
    field: "board",
    query: /* GraphQL */ `query Board($id: ID!) { board(id: $id) {
      board { id name kind }
      chairs { id name label }
      members { id name label }
      governs { strategy { id name kind } leads { id name label } }
      oversees { strategy { id name kind } leads { id name label } } } }`,
    variables: (sample, rng) => {
      const id = pick(rng, sample.boardIds);
      return id ? { id } : undefined;
    },
    peer: {
      query: /* GraphQL */ `query Board($id: ID!) { boards(where: { id: { eq: $id } }) {
        id name kind
        chairs { __typename ... on Person { id name } ... on Role { id name } }
        members { __typename ... on Person { id name } ... on Organisation { id name } ... on Board { id name } }
        governs { id name kind leads { __typename ... on Person { id name } ... on Role { id name } ... on Organisation { id name } ... on Board { id name } } }
        oversees { id name kind leads { __typename ... on Person { id name } ... on Role { id name } ... on Organisation { id name } ... on Board { id name } } } } }`,
      variables: (ours) => ({ id: ours.id }),
    },
  },
];
