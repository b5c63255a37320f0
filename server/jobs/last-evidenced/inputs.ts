import { z } from "zod";
import { Id, IsoDate } from "../../graph/scalars.ts";
import { SourceInput } from "../../graph/value-inputs.ts";

export const ConfirmLastEvidencedArgs = z.object({
  id: Id,
  expectedVersion: z.number().int().min(1),
  outcome: z.enum(["ENDED", "STILL_STANDS"]),
  on: IsoDate,
  source: SourceInput,
});
export type ConfirmLastEvidencedArgs = z.infer<typeof ConfirmLastEvidencedArgs>;
