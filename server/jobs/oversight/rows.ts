import { z } from "zod";
import { defineRows, mappedRow } from "../../db/row-schemas.ts";
import { EntityRecord } from "../../domain/entity-record.ts";
import { LineRecord } from "../../graph/relationship-record.ts";
import { StrategyOversightRow } from "./chain-answer.ts";
import { StructureRow } from "./diff-structure.ts";
import { AccountabilityRow } from "./find-gaps.ts";

/** The nodes and lines of a diagram, as one row. */
export const GraphViewRow = z.object({
  nodes: z.array(EntityRecord),
  edges: z.array(LineRecord),
  truncated: z.boolean(),
});

/** One row of each query in cypher/oversight/: each maps into the domain types the answers are built from. */
export const oversightRows = defineRows({
  "oversight/accountability-in-area": mappedRow(AccountabilityRow),
  "oversight/reporting-lines-around-node": mappedRow(GraphViewRow),
  "oversight/reporting-lines-in-area": mappedRow(GraphViewRow),
  "oversight/structure-in-area": mappedRow(StructureRow),
  "oversight/trace-oversight-chain": mappedRow(StrategyOversightRow),
});

type Rows = typeof oversightRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
