import { govError } from "../../errors.ts";
import type { QueryResolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { ReportingLinesInput } from "./inputs.ts";

/** Most nodes a diagram gets; more sets `truncated`. */
export const MAX_VIEW_NODES = 500;

/** One query either way: around a node within depth, or an area with its sub-areas. */
export const reportingLines: QueryResolvers["reportingLines"] = async (_parent, args, { runner }) => {
  const input = parseInput(ReportingLinesInput, args);
  const common = { asOf: input.asOf, types: input.types, limit: MAX_VIEW_NODES };
  const [row] = input.rootId
    ? await runner.read("oversight/reporting-lines-around-node", { ...common, rootId: input.rootId, depth: input.depth })
    : await runner.read("oversight/reporting-lines-in-area", { ...common, area: input.area });
  if (!row) {
    throw input.rootId
      ? govError("GOV_NOT_FOUND", { kind: "entity", id: input.rootId, path: ["rootId"] })
      : govError("GOV_NOT_FOUND", { kind: "area", id: input.area, path: ["area"] });
  }
  return { ...row, asOf: input.asOf };
};
