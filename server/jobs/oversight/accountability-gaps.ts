import { govError } from "../../errors.ts";
import type { QueryResolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { AccountabilityRow, findGaps, walkStartIds } from "./find-gaps.ts";
import { AccountabilityGapsInput } from "./inputs.ts";
import { oversightQueries } from "./queries.ts";
import { toUpwardGraph } from "./records.ts";

/** Two queries in one snapshot: the area's strategies, boards and people, then every line above them. */
export const accountabilityGaps: QueryResolvers["accountabilityGaps"] = async (_parent, args, { runner }) => {
  const input = parseInput(AccountabilityGapsInput, args);
  const { row, graph } = await runner.readTransaction(async (tx) => {
    const [raw] = await tx.run(oversightQueries.accountabilityInArea, input);
    const parsed = AccountabilityRow.parse(raw);
    if (!parsed.areaFound) return { row: parsed, graph: toUpwardGraph([]) };
    const startIds = walkStartIds(parsed);
    const upward = startIds.length > 0 ? await tx.run(oversightQueries.walkUpwardLines, { startIds, asOf: input.asOf }) : [];
    return { row: parsed, graph: toUpwardGraph(upward) };
  });
  if (!row.areaFound) throw govError("GOV_NOT_FOUND", { kind: "area", id: input.area, path: ["area"] });
  return findGaps(row, graph, input);
};
