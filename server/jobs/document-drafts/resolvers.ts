import type { GraphContext } from "../../context.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { acceptDraftFacts, decideDraftKind, rejectDraftFacts } from "./accept-facts.ts";
import { requireDraftReader } from "./draft-access.ts";
import { draftFromDocument } from "./draft-from-document.ts";
import { type DraftView, draftView, factView } from "./draft-record.ts";
import { DraftIdArgs, DraftListArgs } from "./inputs.ts";

export const resolvers: Resolvers = {
  Query: {
    documentDraft: async (_root, args, context: GraphContext) => {
      requireDraftReader(context.user, "documentDraft");
      const { id } = parseInput(DraftIdArgs, args);
      const [row] = await context.runner.readTransaction((tx) => tx.run("document-drafts/get-draft", { id }));
      return (row ? draftView(row) : null) as never;
    },
    documentDrafts: async (_root, args, context: GraphContext) => {
      requireDraftReader(context.user, "documentDrafts");
      const { limit } = parseInput(DraftListArgs, args);
      const rows = await context.runner.readTransaction((tx) => tx.run("document-drafts/list-drafts", { limit: limit ?? 20 }));
      return rows.map(draftView) as never;
    },
  },
  Mutation: {
    draftFromDocument: (_root, args, context: GraphContext) => draftFromDocument(args, context) as never,
    acceptDraftFacts: (_root, args, context: GraphContext) => acceptDraftFacts(args, context) as never,
    rejectDraftFacts: (_root, args, context: GraphContext) => rejectDraftFacts(args, context) as never,
    decideDraftKind: (_root, args, context: GraphContext) => decideDraftKind(args, context) as never,
  },
  DocumentDraft: {
    facts: (draft, args) => {
      const view = draft as unknown as DraftView;
      return view.allFacts.filter((fact) => (!args.kind || fact.kind === args.kind) && (!args.status || fact.status === args.status)).map(factView) as never;
    },
  },
};
