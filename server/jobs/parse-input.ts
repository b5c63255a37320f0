import type { z } from "zod";
import { govError } from "../errors.ts";

/** Validates resolver arguments once, at the edge; the first problem names its field path. */
export function parseInput<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  throw govError("GOV_INPUT_INVALID", {
    detail: issues.map((issue) => `${issue.path || "(input)"}: ${issue.message}`).join("; "),
    // List indexes stay numbers, as in GraphQL's own paths.
    path: parsed.error.issues[0]?.path.map((key) => (typeof key === "number" ? key : String(key))) ?? [],
    issues: issues.map((issue) => `${issue.path}: ${issue.message}`),
  });
}
