import { z } from "zod";
import { IsoDate } from "../../graph/scalars.ts";


export const ListEntitiesInput = z.object({
  label: z.string().regex(/^[A-Z][A-Za-z]+$/, "must be a node label such as Board").nullish(),
  areaId: z.string().min(1).nullish(),
  asOf: IsoDate.nullish(),
  limit: z.number().int().min(1).max(5000).default(200),
});
export type ListEntitiesInput = z.infer<typeof ListEntitiesInput>;
