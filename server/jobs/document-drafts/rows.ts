import { z } from "zod";
import { countRow, defineRows, StoredMap } from "../../db/row-schemas.ts";

/** A stored draft and its facts; draftView() parses them into the domain types. */
const DraftRow = z.object({ draft: StoredMap, facts: z.array(StoredMap) });

const Candidate = z.object({ id: z.string(), name: z.string(), label: z.string(), aliases: z.array(z.string()).nullish() });

/** One row of each query in cypher/document-drafts/. */
export const documentDraftsRows = defineRows({
  "document-drafts/create-draft-entity": z.object({ created: z.boolean(), entity: StoredMap }),
  "document-drafts/create-draft": z.object({ id: z.string() }),
  "document-drafts/find-rejected-keys": z.object({ keys: z.array(z.string()) }),
  "document-drafts/get-draft-lines": z.object({ type: z.string(), from: z.string(), to: z.string(), sources: z.array(z.string()).nullable() }),
  "document-drafts/get-draft-nodes": z.object({ entity: StoredMap }),
  "document-drafts/get-draft": DraftRow,
  "document-drafts/list-drafts": DraftRow,
  "document-drafts/lock-draft": DraftRow,
  "document-drafts/match-names": z.object({ text: z.string(), candidates: z.array(Candidate) }),
  "document-drafts/merge-draft-document": z.object({ file: z.string(), date: z.string().nullable() }),
  "document-drafts/merge-draft-line": z.object({ created: z.boolean(), before: StoredMap.nullable(), relationship: StoredMap }),
  "document-drafts/record-draft-decisions": countRow("decided"),
  "document-drafts/set-draft-values": z.object({ before: StoredMap, entity: StoredMap }),
});

type Rows = typeof documentDraftsRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
