import { z } from "zod";
import { NODE_KINDS, NODE_LABELS, REL_RULES, REL_TYPES } from "../../domain/model.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { STATEMENT_DOCUMENT } from "../../graph/statement-source.ts";

const LabelPair = z.object({ fromLabel: z.enum(NODE_LABELS), toLabel: z.enum(NODE_LABELS) });

/** Whether the model's rule lets a line of this type start at one label and end at the other. */
function allows(type: (typeof REL_TYPES)[number], from: string, to: string): boolean {
  const rule = REL_RULES[type];
  if (!(rule.from as string[]).includes(from) || !(rule.to as string[]).includes(to)) return false;
  if (rule.sameLabel && from !== to) return false;
  return !rule.pairs || rule.pairs.some(([start, end]) => start === from && end === to);
}

/** The model as forms offer it: labels with their kinds, and the lines allowed between two labels. */
export const modelResolvers: Resolvers = {
  Query: {
    modelLabels: () => NODE_LABELS.map((label) => ({ label, kinds: [...NODE_KINDS[label]] })),
    allowedRelationshipTypes: (_parent, args) => {
      const { fromLabel, toLabel } = parseInput(LabelPair, args);
      // IN_AREA follows the node's area field: a form sets the area, not the line.
      return REL_TYPES.filter((type) => type !== "IN_AREA" && allows(type, fromLabel, toLabel));
    },
    statementDocument: () => STATEMENT_DOCUMENT,
  },
};
