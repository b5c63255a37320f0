import { govError } from "../../errors.ts";
import type { QueryResolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { buildOversightChain } from "./chain-answer.ts";
import { OversightChainInput } from "./inputs.ts";

/** One query: the strategy, its first bodies and every line above them; the routes are walked here. */
export const oversightChain: QueryResolvers["oversightChain"] = async (_parent, args, { runner }) => {
  const input = parseInput(OversightChainInput, args);
  const [row] = await runner.read("oversight/trace-oversight-chain", input);
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "strategy", id: input.strategyId, path: ["strategyId"] });
  return buildOversightChain(row, input.asOf);
};
