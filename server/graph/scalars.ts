import { GraphQLScalarType, Kind } from "graphql";
import { z } from "zod";
import { govError } from "../errors.ts";

/** An ISO date that exists on the calendar (2016-02-30 is refused). */
export const IsoDate = z.iso.date();

/** A governance entity id: kebab-case words, the first naming the label (org-essex-police). */
export const EntityId = z
  .string()
  .trim()
  .regex(/^[a-z]+(-[a-z0-9]+)+$/, "must be an entity id such as org-essex-police");

/** Any stored id (documents, tokens, rounds): present and of a sane length. */
export const Id = z.string().min(1, "must not be empty").max(200, "must be at most 200 characters");

/** Free text that must say something, up to `max` characters. */
export const Text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

function parseDate(value: unknown): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw govError("GOV_INPUT_INVALID", { detail: `"${String(value)}" is not a date (YYYY-MM-DD)` });
  return parsed.data;
}

/** Dates travel as "YYYY-MM-DD" strings; impossible dates are refused at the edge. */
export const dateScalar = new GraphQLScalarType({
  name: "Date",
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDate(ast.value) : parseDate(null)),
});
