import type { Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { SearchInput } from "./inputs.ts";
import { buildSearchQuery } from "./lucene-query.ts";

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, { runner }) => {
      const input = parseInput(SearchInput, args);
      const rows = await runner.read("search/search-entities", {
        id: input.text,
        query: buildSearchQuery(input.text),
        limit: input.limit,
      });
      return rows.map((row) => row.entity);
    },
  },
};
