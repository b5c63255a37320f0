import { GraphQLScalarType, Kind } from "graphql";
import { z } from "zod";
import { govError } from "../errors.ts";

const IsoDate = z.iso.date();

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
