import type { Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { ListEntitiesInput } from "./inputs.ts";

const entityTypes = [
  "Area", "Board", "Organisation", "Person", "Role", "Strategy", "Priority",
  "Outcome", "Objective", "AreaOfFocus", "TermsOfReference", "HealthCheck",
] as const;

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (entity) => {
      // Every stored node has one governance label; an unknown one is a data error worth surfacing.
      if ((entityTypes as readonly string[]).includes(entity.label)) return entity.label as (typeof entityTypes)[number];
      throw new Error(`Node ${entity.id} has no known label (${entity.label})`);
    },
  },
  Query: {
    entity: async (_parent, { id }, { runner }) => {
      const [row] = await runner.read("entities/get-entity", { id });
      return row ? row.entity : null;
    },
    entities: async (_parent, args, { runner }) => {
      const input = parseInput(ListEntitiesInput, args);
      const rows = await runner.read("entities/list-entities", {
        label: input.label ?? null,
        areaId: input.areaId ?? null,
        asOf: input.asOf ?? null,
        limit: input.limit,
      });
      return rows.map((row) => row.entity);
    },
    documents: async (_parent, _args, { runner }) => {
      const rows = await runner.read("entities/list-documents");
      return rows.map((row) => row.document);
    },
  },
};
