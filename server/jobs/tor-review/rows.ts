import { z } from "zod";
import { defineRows, mappedRow } from "../../db/row-schemas.ts";
import { EntityRecord } from "../../domain/entity-record.ts";
import { EdgeRecord } from "../../graph/relationship-record.ts";

/** A board with its terms of reference in force and the versions before them. */
export const BoardTermsRow = z.object({
  board: EntityRecord,
  terms: EntityRecord.nullable(),
  previousVersions: z.array(EntityRecord),
});

/** A party the terms name (chair, required member, the body accountable to), checked against the graph. */
export const PartyRow = z.object({
  boardId: z.string(),
  id: z.string(),
  role: z.enum(["CHAIR", "MEMBER", "ACCOUNTABLE_TO"]),
  entity: EntityRecord.nullable(),
  inGraph: z.boolean(),
  evidence: z.array(EdgeRecord),
});

const BoardForTerms = z.object({
  board: EntityRecord,
  openTerms: z.array(z.object({ id: z.string(), version: z.number() })),
  highestVersion: z.number(),
});

const TermsForRevision = z.object({
  terms: EntityRecord,
  board: EntityRecord.nullable(),
  replacedBy: z.array(z.object({ id: z.string(), version: z.number() })),
});

/** A calendar subscription as the queries return it (never its hash). */
export const CalendarSubscriptionRecord = z.object({
  id: z.string(),
  areaId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});
export type CalendarSubscriptionRecord = z.infer<typeof CalendarSubscriptionRecord>;

/** One row of each query in cypher/tor-review/. */
export const torReviewRows = defineRows({
  "tor-review/check-terms-parties": mappedRow(PartyRow),
  "tor-review/create-calendar-subscription": z.object({ subscription: CalendarSubscriptionRecord }),
  "tor-review/create-terms-of-reference": z.object({ id: z.string(), validFrom: z.string().nullable() }),
  "tor-review/find-area": z.object({ id: z.string(), name: z.string() }),
  "tor-review/find-calendar-subscription": z.object({ subscription: z.object({ id: z.string(), areaId: z.string() }) }),
  "tor-review/find-entity-labels": z.object({ id: z.string(), label: z.string().nullable() }),
  "tor-review/get-board-for-terms": mappedRow(BoardForTerms),
  "tor-review/get-terms-for-revision": mappedRow(TermsForRevision),
  "tor-review/list-board-terms": mappedRow(BoardTermsRow),
  "tor-review/list-calendar-subscriptions": z.object({ subscription: CalendarSubscriptionRecord }),
  "tor-review/mark-terms-reviewed": z.object({ version: z.number() }),
  "tor-review/revoke-calendar-subscription": z.object({ wasRevoked: z.boolean(), subscription: CalendarSubscriptionRecord }),
});

type Rows = typeof torReviewRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
