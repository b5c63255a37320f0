import { spawnSync } from "node:child_process";

const ALTERNATIVES =
  "Alternatives: set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) to an existing Neo4j 5 server, " +
  "or run one with Docker: docker run -p 7687:7687 -e NEO4J_AUTH=neo4j/<password> neo4j:5.26 " +
  "and point NEO4J_URI at bolt://localhost:7687.";

export class MissingPrerequisiteError extends Error {
  override name = "MissingPrerequisiteError";
}

/** Java 17+ and Maven are what the embedded database needs; say so plainly when either is missing. */
export function checkPrerequisites(needMaven: boolean): void {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error || java.status !== 0) {
    throw new MissingPrerequisiteError(`Java 17 or newer is needed to run the embedded Neo4j, and "java" was not found on the PATH.\n${ALTERNATIVES}`);
  }
  const major = javaMajorVersion(`${java.stderr}${java.stdout}`);
  if (major !== undefined && major < 17) {
    throw new MissingPrerequisiteError(`Java ${major} was found; the embedded Neo4j needs Java 17 or newer.\n${ALTERNATIVES}`);
  }
  if (!needMaven) return;
  const maven = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (maven.error || maven.status !== 0) {
    throw new MissingPrerequisiteError(`Maven ("mvn") is needed once, to download Neo4j from Maven Central, and was not found on the PATH.\n${ALTERNATIVES}`);
  }
}

/** Reads the major version from `java -version` output ("17.0.15", or "1.8.0_392" for Java 8). */
export function javaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
