import { mergeResolvers } from "@graphql-tools/merge";
import type { Resolvers } from "../../generated/graphql.ts";
import { entityFieldResolvers } from "./entity-fields.ts";
import { createEntity, endEntity, updateEntity } from "./entity-edits.ts";
import { historyResolvers } from "./history-resolvers.ts";
import { modelResolvers } from "./model-resolvers.ts";
import { createRelationship, endRelationship, updateRelationship } from "./relationship-edits.ts";

const editResolvers: Resolvers = {
  Mutation: {
    createEntity: (_parent, args, context) => createEntity(args, context),
    updateEntity: (_parent, args, context) => updateEntity(args, context),
    endEntity: (_parent, args, context) => endEntity(args, context),
    createRelationship: (_parent, args, context) => createRelationship(args, context),
    updateRelationship: (_parent, args, context) => updateRelationship(args, context),
    endRelationship: (_parent, args, context) => endRelationship(args, context),
  },
};

/** The editing job: validated edits and history. */
export const editingResolvers: Resolvers = mergeResolvers([
  editResolvers,
  entityFieldResolvers,
  historyResolvers,
  modelResolvers,
]) as Resolvers;
