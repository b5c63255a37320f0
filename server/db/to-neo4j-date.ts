import neo4j from "neo4j-driver";

/**
 * An ISO date (YYYY-MM-DD) as a Neo4j date parameter, the inverse of what
 * toPlain does to dates in rows: stored dates are Neo4j dates so that as-of
 * and review-due comparisons work in Cypher.
 */
export function toNeo4jDate(iso: string) {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}
