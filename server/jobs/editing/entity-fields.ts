import { NODE_LABELS } from "../../domain/model.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { NODE_CORE_KEYS, propsOf, type Stored } from "../../graph/stored-values.ts";

/**
 * `version` and `props` of every entity type. Nodes the seed loader wrote and
 * nobody has edited carry no version yet: they are at version 1.
 */
const fields = {
  version: (entity: Stored) => Number(entity.version ?? 1),
  props: (entity: Stored) => propsOf(entity, NODE_CORE_KEYS),
};

export const entityFieldResolvers = Object.fromEntries(NODE_LABELS.map((label) => [label, fields])) as unknown as Resolvers;
