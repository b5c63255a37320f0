import { GraphQLScalarType, Kind, print, type ValueNode } from "graphql";
import { z } from "zod";
import { cleanText } from "../domain/clean-text.ts";
import { dateProblem, EARLIEST_DATE, LATEST_DATE } from "../domain/date-range.ts";
import { govError } from "../errors.ts";

export { EARLIEST_DATE, LATEST_DATE };

/**
 * An ISO date that exists on the calendar (2016-02-30 is refused) within the
 * range the graph holds, 1800-01-01 to 2200-12-31 (server/domain/date-range.ts).
 * Every date of every edit, import and argument goes through this one schema.
 */
export const IsoDate = z.string({ error: "must be a date like 2016-01-01" }).superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** A governance entity id: kebab-case words, the first naming the label (org-essex-police). */
export const EntityId = z
  .string()
  .trim()
  .regex(/^[a-z]+(-[a-z0-9]+)+$/, "must be an entity id such as org-essex-police");

/** Any stored id (documents, tokens, rounds): present and of a sane length. */
export const Id = z.string().min(1, "must not be empty").max(200, "must be at most 200 characters");

/**
 * Free text that must say something, up to `max` characters: trimmed,
 * normalised to NFC, and refused when it holds a lone surrogate or a control
 * character, or is empty once blanks and zero-width characters are taken away
 * (server/domain/clean-text.ts, the same rules as seed files and imports).
 */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .transform((raw, ctx) => {
      const cleaned = cleanText(raw);
      if (cleaned.ok) return cleaned.value;
      ctx.addIssue({ code: "custom", message: cleaned.problem });
      return z.NEVER;
    })
    .pipe(z.string().max(max, `must be at most ${max} characters`));

/** How a wrong value was written, for the message: "the number 20160101", "true", "an object". */
function describe(value: unknown): string {
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "string") return `"${value}"`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : String(value);
}

function parseDate(value: unknown): string {
  if (typeof value !== "string") throw govError("GOV_INPUT_INVALID", { detail: `a date must be written like "2016-01-01", got ${describe(value)}` });
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw govError("GOV_INPUT_INVALID", { detail: parsed.error.issues[0]?.message ?? `"${value}" is not a date` });
  return parsed.data;
}

function literalValue(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
  if (ast.kind === Kind.BOOLEAN) return ast.value;
  if (ast.kind === Kind.NULL) return null;
  if (ast.kind === Kind.LIST) return [];
  if (ast.kind === Kind.OBJECT) return {};
  return print(ast);
}

/** Dates travel as "YYYY-MM-DD" strings; impossible dates, and dates outside 1800-2200, are refused at the edge. */
export const dateScalar = new GraphQLScalarType({
  name: "Date",
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalValue(ast)),
});
