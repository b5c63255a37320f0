import { govError } from "../../errors.ts";
import type { QueryResolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { buildOversightChain, StrategyOversightRow } from "./chain-answer.ts";
import { OversightChainInput } from "./inputs.ts";
import { oversightQueries } from "./queries.ts";
import { toUpwardGraph } from "./records.ts";

/** Two queries in one snapshot: the strategy and its first bodies, then every line above them. */
export const oversightChain: QueryResolvers["oversightChain"] = async (_parent, args, { runner }) => {
  const input = parseInput(OversightChainInput, args);
  const found = await runner.readTransaction(async (tx) => {
    const [row] = await tx.run(oversightQueries.getStrategyOversight, input);
    if (!row) return undefined;
    const head = StrategyOversightRow.parse(row);
    const startIds = [...new Set(head.starts.map((start) => start.to))];
    const upward = startIds.length > 0 ? await tx.run(oversightQueries.walkUpwardLines, { startIds, asOf: input.asOf }) : [];
    return { head, graph: toUpwardGraph(upward) };
  });
  if (!found) throw govError("GOV_NOT_FOUND", { kind: "strategy", id: input.strategyId, path: ["strategyId"] });
  return buildOversightChain(found.head, found.graph, input.asOf);
};
