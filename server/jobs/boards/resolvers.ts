import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { BoardInput } from "./inputs.ts";

const BoardRow = z.object({
  board: EntityRecord,
  chairs: z.array(EntityRecord),
  members: z.array(EntityRecord),
  strategies: z.array(z.object({ strategy: EntityRecord, roles: z.array(z.string()), leads: z.array(EntityRecord) })),
});

export const boardResolvers: Resolvers = {
  Query: {
    board: async (_parent, args, { runner }) => {
      const input = parseInput(BoardInput, args);
      // One query projects the board and everything under it: one round trip however long the lists are.
      const [row] = await runner.read("boards/get-board-detail", { id: input.id, asOf: input.asOf ?? null });
      if (!row) return null;
      const { board, chairs, members, strategies } = BoardRow.parse(row);
      const withRole = (role: string) => strategies.filter((s) => s.roles.includes(role)).map(({ strategy, leads }) => ({ strategy, leads }));
      return { board, chairs, members, governs: withRole("GOVERNED_THROUGH"), oversees: withRole("OVERSEEN_BY") };
    },
  },
};
