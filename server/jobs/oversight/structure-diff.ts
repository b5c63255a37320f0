import { govError } from "../../errors.ts";
import type { QueryResolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { diffStructure } from "./diff-structure.ts";
import { GOVERNANCE_TYPES, StructureDiffInput } from "./inputs.ts";

/** One query for the area's whole dated structure; the two dates are compared here. */
export const structureDiff: QueryResolvers["structureDiff"] = async (_parent, args, { runner }) => {
  const input = parseInput(StructureDiffInput, args);
  const [row] = await runner.read("oversight/structure-in-area", { area: input.area, types: [...GOVERNANCE_TYPES] });
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "area", id: input.area, path: ["area"] });
  return diffStructure(row, input.from, input.to);
};
