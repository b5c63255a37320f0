import { z } from "zod";

/** An ISO date that exists on the calendar (2016-02-30 is refused). */
export const IsoDate = z.iso.date();

export const ListEntitiesInput = z.object({
  label: z.string().regex(/^[A-Z][A-Za-z]+$/, "must be a node label such as Board").nullish(),
  areaId: z.string().min(1).nullish(),
  asOf: IsoDate.nullish(),
  limit: z.number().int().min(1).max(5000).default(200),
});
export type ListEntitiesInput = z.infer<typeof ListEntitiesInput>;
