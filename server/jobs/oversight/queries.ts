/** Named Cypher files of the oversight job (cypher/oversight/). */
export const oversightQueries = {
  traceOversightChain: "oversight/trace-oversight-chain",
  reportingLinesAroundNode: "oversight/reporting-lines-around-node",
  reportingLinesInArea: "oversight/reporting-lines-in-area",
  structureInArea: "oversight/structure-in-area",
  accountabilityInArea: "oversight/accountability-in-area",
} as const;
