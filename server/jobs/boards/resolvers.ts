import type { Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { BoardInput } from "./inputs.ts";

export const boardResolvers: Resolvers = {
  Query: {
    board: async (_parent, args, { runner }) => {
      const input = parseInput(BoardInput, args);
      // One query projects the board and everything under it: one round trip however long the lists are.
      const [row] = await runner.read("boards/get-board-detail", { id: input.id, asOf: input.asOf ?? null });
      if (!row) return null;
      const { board, chairs, members, strategies } = row;
      const withRole = (role: string) => strategies.filter((s) => s.roles.includes(role)).map(({ strategy, leads }) => ({ strategy, leads }));
      return { board, chairs, members, governs: withRole("GOVERNED_THROUGH"), oversees: withRole("OVERSEEN_BY") };
    },
  },
};
