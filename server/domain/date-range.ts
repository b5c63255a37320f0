/**
 * The one range of dates the graph holds: governance facts from 1800 to 2200.
 * Anything outside is a typo (0000-01-01, 20160-01-01) rather than history,
 * and Neo4j and JavaScript disagree about years before 1 and after 9999.
 * Edits, imports, the seed loader and every Date argument check against it
 * (through `IsoDate` in server/graph/scalars.ts; the seed-file schema, which
 * sits below that layer, uses `dateProblem` directly).
 */
export const EARLIEST_DATE = "1800-01-01";
export const LATEST_DATE = "2200-12-31";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a date string, or undefined when it is a calendar date within the range. */
export function dateProblem(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return `"${value}" is not a date (YYYY-MM-DD)`;
  const parsed = new Date(`${value}T00:00:00Z`);
  // Round-tripping rejects 2016-02-30, which the pattern alone lets through.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) return `"${value}" is not a date (YYYY-MM-DD)`;
  if (value < EARLIEST_DATE || value > LATEST_DATE) return `${value} is outside the dates the graph holds (${EARLIEST_DATE} to ${LATEST_DATE})`;
  return undefined;
}
