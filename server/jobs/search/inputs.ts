import { z } from "zod";

export const SearchInput = z.object({
  text: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  limit: z.number().int().min(1).max(100).nullish().transform((limit) => limit ?? 20),
});
export type SearchInput = z.infer<typeof SearchInput>;
