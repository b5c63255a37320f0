import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { CYPHER_DIR, listCypherFiles } from "../server/db/query-registry.ts";

// A fact is in force on a date D when validFrom <= D < validTo, a missing end
// open: validTo is the first day it no longer holds (docs/model.md, "Dates").
// One spelling of that keeps the queries easy to read and to compare.
const DATE = String.raw`(?:d|date\(\$asOf\))`;
const CANONICAL = new RegExp(
  String.raw`\((\w+)\.validFrom IS NULL OR \1\.validFrom <= (${DATE})\) AND \(\1\.validTo IS NULL OR \1\.validTo > \2\)`,
  "g",
);

// Any comparison of a validity date that the canonical form does not account for.
const COMPARISONS = [
  String.raw`coalesce\(\s*[\w.]+\.valid(?:From|To)\s*,[^)]*\)\s*(?:<=|>=|<>|<|>)`,
  String.raw`[\w.]+\.valid(?:From|To)\s*(?:<=|>=|<>|<|>)`,
  String.raw`(?:<=|>=|<>|<|>)\s*[\w.]+\.valid(?:From|To)\b`,
].map((pattern) => new RegExp(pattern, "g"));

/**
 * Files that compare validity dates for another reason, each with why. The
 * test fails if one of them stops doing so, so the list cannot go stale.
 */
const OTHER_MEANINGS: Record<string, string> = {
  "seed/merge-nodes.cypher": "keeps the earliest start any document states",
  "seed/merge-relationships.cypher": "keeps the earliest start any document states",
  "graph/apply-statutory-lines.cypher": "computes a statutory line's dates from its board's",
  "health-check/list-health-checks.cypher": "a health check counts from the day it was recorded: start only",
  "health-check/list-assessment-rounds.cypher": "a partner is still a member today: end only, against date()",
};

/** The non-canonical validity comparisons in one Cypher text, comments left out. */
function strayComparisons(cypher: string): string[] {
  const code = cypher
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, ""))
    .join("\n")
    .replace(CANONICAL, "IN_FORCE");
  return COMPARISONS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[0]));
}

const files = listCypherFiles(CYPHER_DIR).map((file) => ({
  name: relative(CYPHER_DIR, file).split(sep).join("/"),
  text: readFileSync(file, "utf8"),
}));

describe("the valid-on-a-date condition in cypher/", () => {
  it("is written in the canonical form only", () => {
    const stray = files
      .filter(({ name }) => !(name in OTHER_MEANINGS))
      .flatMap(({ name, text }) => strayComparisons(text).map((found) => `${name}: ${found}`));
    expect(stray).toEqual([]);
  });

  it("is used by the queries that ask what was in force", () => {
    const using = files.filter(({ text }) => text.replace(CANONICAL, "IN_FORCE") !== text).map(({ name }) => name);
    expect(using).toEqual(expect.arrayContaining(["oversight/trace-oversight-chain.cypher", "health-check/rules/members.cypher"]));
  });

  it.each(Object.keys(OTHER_MEANINGS))("%s still compares dates for its own reason", (name) => {
    const file = files.find((candidate) => candidate.name === name);
    expect(file && strayComparisons(file.text).length).toBeGreaterThan(0);
  });

  it("accepts the canonical form on d and on date($asOf)", () => {
    expect(strayComparisons("WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)")).toEqual([]);
    expect(
      strayComparisons("WHERE (n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo > date($asOf))"),
    ).toEqual([]);
  });

  it.each([
    ["the coalesce form", "WHERE coalesce(r.validFrom, d) <= d AND (r.validTo IS NULL OR r.validTo > d)"],
    ["an inclusive end", "WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)"],
    ["a reversed comparison", "WHERE d >= r.validFrom AND (r.validTo IS NULL OR d < r.validTo)"],
    ["two different dates", "WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > date())"],
    ["two different variables", "WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (n.validTo IS NULL OR n.validTo > d)"],
  ])("rejects %s", (_what, bad) => {
    expect(strayComparisons(bad).length).toBeGreaterThan(0);
  });

  it("ignores comments that describe the condition", () => {
    expect(strayComparisons("// in force when r.validFrom <= $asOf < r.validTo\nRETURN 1")).toEqual([]);
  });
});
