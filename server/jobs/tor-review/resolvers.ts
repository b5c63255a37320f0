import { requireRole } from "../../graph/access.ts";
import type { EntityRecord } from "../../domain/entity-record.ts";
import { govError } from "../../errors.ts";
import type { Resolvers, TermsOfReferenceStatus } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { RecordTermsArgs, ReviewArgs, ReviseTermsArgs } from "./inputs.ts";
import { type BoardTermsItem, byUrgency, reviewBoards } from "./review-boards.ts";
import { termsFields } from "../../graph/terms-fields.ts";
import { recordTerms, reviseTerms } from "./write-terms.ts";

function summarise(items: BoardTermsItem[]) {
  const count = (status: TermsOfReferenceStatus) => items.filter((item) => item.status === status).length;
  return {
    total: items.length,
    current: count("CURRENT"),
    dueSoon: count("DUE_SOON"),
    overdue: count("OVERDUE"),
    missing: count("MISSING"),
    undated: items.filter((item) => item.status === "OVERDUE" && item.reviewDueBasis === "UNKNOWN").length,
    withDiscrepancies: items.filter((item) => item.discrepancies.length > 0).length,
  };
}

/** TermsOfReference fields read from the node itself, so they resolve wherever the node appears. */
const fields = (terms: EntityRecord) => termsFields(terms);

export const torReviewResolvers: Resolvers = {
  TermsOfReference: {
    purpose: (terms) => fields(terms).purpose,
    chairId: (terms) => fields(terms).chairId,
    requiredMemberIds: (terms) => fields(terms).requiredMemberIds,
    membershipText: (terms) => fields(terms).membershipText,
    quorum: (terms) => fields(terms).quorum,
    meetingFrequency: (terms) => fields(terms).meetingFrequency,
    accountableToIds: (terms) => fields(terms).accountableToIds,
    adoptedOn: (terms) => fields(terms).adoptedOn,
    reviewDue: (terms) => fields(terms).reviewDue,
    statusNote: (terms) => fields(terms).statusNote,
    version: (terms) => fields(terms).version,
  },
  Query: {
    termsOfReferenceReview: async (_parent, args, { runner }) => {
      const { asOf, dueWithinDays, area, boardId } = parseInput(ReviewArgs, args);
      const items = await runner.readTransaction(async (tx) => {
        // The area as asked (an id or a name) is resolved to its id here, so that the review's query can seek it.
        let areaId: string | null = null;
        if (area !== null) {
          const [found] = await tx.run("tor-review/find-area", { area });
          if (!found) throw govError("GOV_NOT_FOUND", { kind: "area", id: area, path: ["area"] });
          areaId = found.id;
        }
        if (boardId !== null) {
          const [found] = await tx.run("graph/get-board", { boardId });
          if (!found) throw govError("GOV_NOT_FOUND", { kind: "board", id: boardId, path: ["boardId"] });
        }
        return reviewBoards(tx, { asOf, dueWithinDays, area: areaId, boardId });
      });
      return { asOf, dueWithinDays, area, summary: summarise(items), boards: [...items].sort(byUrgency) };
    },
  },
  Mutation: {
    recordTermsOfReference: (_parent, args, { runner, user }) => {
      // The mutation guard checks this too; a resolver that writes never relies on it alone.
      const actor = requireRole(user, "editor", "recordTermsOfReference");
      return recordTerms(runner, parseInput(RecordTermsArgs, args), actor);
    },
    reviseTermsOfReference: (_parent, args, { runner, user }) => {
      // The mutation guard checks this too; a resolver that writes never relies on it alone.
      const actor = requireRole(user, "editor", "reviseTermsOfReference");
      return reviseTerms(runner, parseInput(ReviseTermsArgs, args), actor);
    },
  },
};
