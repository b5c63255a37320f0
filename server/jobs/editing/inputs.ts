import { z } from "zod";
import { NODE_LABELS, REL_TYPES } from "../../domain/model.ts";
import { EntityId, Id, IsoDate, Text } from "../../graph/scalars.ts";
import { PropInput, SourceInput } from "../../graph/value-inputs.ts";

const Props = z.array(PropInput).max(100).nullish();
const Sources = z.array(SourceInput).min(1, "cite at least one source").max(20);

const NodeLabelInput = z.enum(NODE_LABELS, { error: (issue) => `"${String(issue.input)}" is not a node label of the model` });
const RelTypeInput = z.enum(REL_TYPES, { error: (issue) => `"${String(issue.input)}" is not a relationship type of the model` });

export const CreateEntityArgs = z.object({
  input: z.object({
    id: Id,
    label: NodeLabelInput,
    name: Text(300),
    kind: z.string().nullish(),
    aliases: z.array(Text(300)).max(50).nullish(),
    areaId: Id.nullish(),
    areaIds: z.array(Id).max(20).nullish(),
    description: Text(5000).nullish(),
    ambiguity: Text(5000).nullish(),
    dateNote: Text(2000).nullish(),
    validFrom: IsoDate,
    validTo: IsoDate.nullish(),
    sources: Sources,
    props: Props,
  }),
});
export type CreateEntityArgs = z.infer<typeof CreateEntityArgs>;

/** Absent fields stay as they are; null clears the ones that may be empty. */
export const UpdateEntityArgs = z.object({
  id: Id,
  expectedVersion: z.number().int().min(1),
  input: z.object({
    name: Text(300).optional(),
    kind: z.string().nullish(),
    aliases: z.array(Text(300)).max(50).nullish(),
    areaId: Id.nullish(),
    addAreas: z.array(Id).max(20).nullish(),
    removeAreas: z.array(Id).max(20).nullish(),
    description: Text(5000).nullish(),
    ambiguity: Text(5000).nullish(),
    dateNote: Text(2000).nullish(),
    validFrom: IsoDate.optional(),
    validTo: IsoDate.nullish(),
    sources: Sources.optional(),
    props: Props,
  }),
});
export type UpdateEntityArgs = z.infer<typeof UpdateEntityArgs>;

export const EndArgs = {
  expectedVersion: z.number().int().min(1),
  validTo: IsoDate,
  source: SourceInput.nullish(),
};

export const EndEntityArgs = z.object({ id: Id, ...EndArgs });
export type EndEntityArgs = z.infer<typeof EndEntityArgs>;

export const RelationshipKeyInput = z.object({ type: RelTypeInput, from: Id, to: Id });
export type RelationshipKeyInput = z.infer<typeof RelationshipKeyInput>;

export const CreateRelationshipArgs = z.object({
  input: z.object({
    type: RelTypeInput,
    from: Id,
    to: Id,
    validFrom: IsoDate,
    validTo: IsoDate.nullish(),
    description: Text(5000).nullish(),
    ambiguity: Text(5000).nullish(),
    dateNote: Text(2000).nullish(),
    sources: Sources,
    props: Props,
  }),
});
export type CreateRelationshipArgs = z.infer<typeof CreateRelationshipArgs>;

export const UpdateRelationshipArgs = z.object({
  key: RelationshipKeyInput,
  expectedVersion: z.number().int().min(1),
  input: z.object({
    validFrom: IsoDate.optional(),
    validTo: IsoDate.nullish(),
    description: Text(5000).nullish(),
    ambiguity: Text(5000).nullish(),
    dateNote: Text(2000).nullish(),
    sources: Sources.optional(),
    props: Props,
  }),
});
export type UpdateRelationshipArgs = z.infer<typeof UpdateRelationshipArgs>;

export const EndRelationshipArgs = z.object({ key: RelationshipKeyInput, ...EndArgs });
export type EndRelationshipArgs = z.infer<typeof EndRelationshipArgs>;

export const HistoryArgs = z.object({ entityId: Id, limit: z.number().int().min(1).max(1000).default(100) });
export const AuditLogArgs = z.object({
  actor: Text(300).nullish(),
  since: IsoDate.nullish(),
  until: IsoDate.nullish(),
  areaId: EntityId.nullish(),
  limit: z.number().int().min(1).max(1000).default(100),
});
