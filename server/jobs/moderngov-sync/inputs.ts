import { z } from "zod";
import { EntityId, Id, IsoDate } from "../../graph/scalars.ts";

export const ImportFromModernGovArgs = z.object({
  baseUrl: z.string().trim().min(1, "must not be empty").max(500, "must be at most 500 characters"),
  areaId: EntityId.nullish(),
  from: IsoDate.nullish(),
  dryRun: z.boolean().default(true),
});

export const ModernGovSyncArgs = z.object({ id: Id });

export const ModernGovSyncsArgs = z.object({ areaId: EntityId, limit: z.number().int().min(1).max(50).default(5) });
