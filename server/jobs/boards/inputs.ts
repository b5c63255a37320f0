import { z } from "zod";
import { IsoDate } from "../../graph/scalars.ts";

export const BoardInput = z.object({
  id: z.string().trim().min(1, "must not be empty"),
  asOf: IsoDate.nullish(),
});
export type BoardInput = z.infer<typeof BoardInput>;
