// Generated from the .cypher files by scripts/generate-query-names.ts. Do not edit: run `npm run codegen`.

/** Every query the service loads, named after its file in cypher/ (without `.cypher`). */
export const SERVICE_QUERY_NAMES = [
  "access/create-api-token",
  "access/list-api-tokens",
  "access/revoke-api-token",
  "auth/find-api-token",
  "boards/get-board-detail",
  "editing/audit-log",
  "editing/create-entity",
  "editing/create-relationship",
  "editing/entity-history",
  "editing/list-relationships",
  "editing/lock-entity",
  "editing/lock-relationship",
  "editing/move-entity-area",
  "editing/replace-entity",
  "editing/replace-relationship",
  "entities/get-entity",
  "entities/list-documents",
  "entities/list-entities",
  "graph/get-board",
  "graph/record-audit-entries",
  "graph/resolve-references",
  "health/ping",
  "health-check/find-board-rounds",
  "health-check/list-assessment-rounds",
  "health-check/list-health-checks",
  "health-check/lock-assessment-round",
  "health-check/open-assessment-round",
  "health-check/record-assessment-response",
  "health-check/rules/chair-load",
  "health-check/rules/chairs",
  "health-check/rules/cycles",
  "health-check/rules/members",
  "health-check/rules/strategies",
  "health-check/rules/terms-of-reference",
  "health-check/rules/upward-lines",
  "import-export/export-scope",
  "import-export/snapshot-nodes",
  "import-export/snapshot-relationships",
  "import-export/stamp-nodes",
  "import-export/stamp-relationships",
  "oversight/accountability-in-area",
  "oversight/reporting-lines-around-node",
  "oversight/reporting-lines-in-area",
  "oversight/structure-in-area",
  "oversight/trace-oversight-chain",
  "schema/applied-migrations",
  "schema/record-migration",
  "search/search-entities",
  "seed/count-entities",
  "seed/count-labels",
  "seed/count-relationship-types",
  "seed/merge-document",
  "seed/merge-nodes",
  "seed/merge-relationships",
  "tor-review/check-terms-parties",
  "tor-review/create-terms-of-reference",
  "tor-review/find-area",
  "tor-review/find-entity-labels",
  "tor-review/get-board-for-terms",
  "tor-review/get-terms-for-revision",
  "tor-review/list-board-terms",
] as const;

/** Queries only the tests run (test/cypher/). */
export const TEST_QUERY_NAMES = [
  "test/count-for-long",
  "test/divide-by-zero",
  "test/get-fact",
  "test/graph-fingerprint",
  "test/graph-snapshot",
  "test/wipe-all",
] as const;

/** Queries only the bench runs (bench/cypher/). */
export const BENCH_QUERY_NAMES = [
  "bench/count-synthetic-councils",
] as const;

export type QueryName = (typeof SERVICE_QUERY_NAMES)[number];
export type TestQueryName = (typeof TEST_QUERY_NAMES)[number];
export type BenchQueryName = (typeof BENCH_QUERY_NAMES)[number];
