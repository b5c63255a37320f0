import { z } from "zod";

export const BoardInput = z.object({
  id: z.string().trim().min(1, "must not be empty"),
  asOf: z.iso.date({ error: "must be a date (YYYY-MM-DD)" }).nullish(),
});
export type BoardInput = z.infer<typeof BoardInput>;
