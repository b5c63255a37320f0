import { maintenanceQueries } from "./db/maintenance-queries.ts";
import { boardQueries } from "./jobs/boards/queries.ts";
import { editingQueryNames } from "./jobs/editing/query-names.ts";
import { entityQueries } from "./jobs/entities/queries.ts";
import { oversightQueries } from "./jobs/oversight/queries.ts";
import { searchQueries } from "./jobs/search/queries.ts";
import { healthCheckQueries } from "./jobs/health-check/queries.ts";
import { torReviewQueries } from "./jobs/tor-review/queries.ts";
import { seedQueries } from "./seed/queries.ts";
import { benchQueries } from "../bench/synthetic/queries.ts";

/**
 * Every named query the code uses. Start-up stops when one has no file, and a
 * test fails when a file in cypher/ is used by nobody.
 */
export const ALL_QUERY_NAMES: readonly string[] = [
  ...Object.values(maintenanceQueries),
  ...Object.values(entityQueries),
  ...Object.values(searchQueries),
  ...Object.values(oversightQueries),
  ...Object.values(seedQueries),
  ...editingQueryNames,
  ...Object.values(torReviewQueries),
  ...Object.values(healthCheckQueries),
  ...Object.values(boardQueries),
  ...Object.values(benchQueries),
];
