import { z } from "zod";
import { EntityId, Id, IsoDate, Text } from "../../graph/scalars.ts";
import { FACT_KINDS } from "./extract/proposed-fact.ts";

/** What a resolver reads of an uploaded File (the WHATWG interface yoga hands it). */
const UploadedFile = z.custom<{ name: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> }>(
  (value) => typeof value === "object" && value !== null && typeof (value as { arrayBuffer?: unknown }).arrayBuffer === "function",
  { error: "must be a file sent as a GraphQL multipart request" },
);

export const DraftFromDocumentArgs = z
  .strictObject({
    text: z.string().nullish(),
    file: UploadedFile.nullish(),
    title: Text(300),
    date: IsoDate.nullish(),
    areaId: EntityId.nullish(),
  })
  .refine((args) => (args.text ? 1 : 0) + (args.file ? 1 : 0) === 1, { error: "give either text or file, not both and not neither", path: ["file"] });

export const DraftIdArgs = z.strictObject({ id: Id });
export const DraftListArgs = z.strictObject({ limit: z.number().int().min(1).max(200).nullish() });

export const DraftFactDecision = z.strictObject({
  factId: Id,
  subject: Text(300).nullish(),
  subjectId: EntityId.nullish(),
  object: Text(300).nullish(),
  objectId: EntityId.nullish(),
  value: Text(300).nullish(),
});
export type DraftFactDecision = z.infer<typeof DraftFactDecision>;

export const AcceptDraftFactsArgs = z.strictObject({
  draftId: Id,
  decisions: z.array(DraftFactDecision).min(1, "name at least one fact").max(5000),
});
export const RejectDraftFactsArgs = z.strictObject({ draftId: Id, factIds: z.array(Id).min(1, "name at least one fact").max(5000) });
export const DecideDraftKindArgs = z.strictObject({ draftId: Id, kind: z.enum(FACT_KINDS), accept: z.boolean() });
