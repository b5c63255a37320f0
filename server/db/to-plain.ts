import neo4j from "neo4j-driver";

/**
 * Converts what the driver returns into plain JSON-able values: temporal
 * values to ISO strings, nodes and relationships to their properties, and
 * any Neo4j integer to a number (ours never exceed 2^53; the driver already
 * returns numbers, see create-driver.ts).
 *
 * It runs on every value of every row, so the cases are ordered by how often
 * they occur: strings, numbers and booleans, then lists and the driver's plain
 * maps, and only then the driver's own classes, each of which costs a check.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return isoDate(value as { year: unknown; month: unknown; day: unknown });
  if (
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return plainMap((value as { properties: Record<string, unknown> }).properties);
  }
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.hasOwn(value, key)) out[key] = toPlain(value[key]);
  }
  return out;
}

/**
 * A Neo4j Date as `YYYY-MM-DD`. The driver's own toString pads each part
 * through its Integer class, which took a tenth of the time spent turning a
 * diagram's rows into records (docs/benchmarks.md); the few years outside 1 to 9999,
 * which ISO writes with a sign, are left to it.
 */
function isoDate(date: { year: unknown; month: unknown; day: unknown }): string {
  const { year, month, day } = date;
  if (typeof year !== "number" || typeof month !== "number" || typeof day !== "number" || year < 1 || year > 9999) return String(date);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
