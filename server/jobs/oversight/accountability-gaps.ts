import { govError } from "../../errors.ts";
import type { QueryResolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { findGaps } from "./find-gaps.ts";
import { AccountabilityGapsInput } from "./inputs.ts";

/** One query: the area's strategies, boards and people, and every line above them. */
export const accountabilityGaps: QueryResolvers["accountabilityGaps"] = async (_parent, args, { runner }) => {
  const input = parseInput(AccountabilityGapsInput, args);
  const [row] = await runner.read("oversight/accountability-in-area", input);
  if (!row?.areaFound) throw govError("GOV_NOT_FOUND", { kind: "area", id: input.area, path: ["area"] });
  return findGaps(row, input);
};
