import appStart from "./operations/app-start.graphql?raw";
import boardStatus from "./operations/board-status.graphql?raw";
import compare from "./operations/compare.graphql?raw";
import entityNeighbourhood from "./operations/entity-neighbourhood.graphql?raw";
import fragments from "./operations/fragments.graphql?raw";
import oversightChain from "./operations/oversight-chain.graphql?raw";
import reportingLines from "./operations/reporting-lines.graphql?raw";
import search from "./operations/search.graphql?raw";
import { withFragments } from "./with-fragments.ts";

/** The text sent to /graphql for each operation, with the shared fragments it uses. */
export const OPERATIONS = {
  AppStart: withFragments(appStart, fragments),
  Search: withFragments(search, fragments),
  ReportingLines: withFragments(reportingLines, fragments),
  OversightChain: withFragments(oversightChain, fragments),
  Compare: withFragments(compare, fragments),
  EntityNeighbourhood: withFragments(entityNeighbourhood, fragments),
  BoardStatus: withFragments(boardStatus, fragments),
} as const;
export type OperationName = keyof typeof OPERATIONS;
