import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, NODE_LABELS, REL_RULES, REL_TYPES } from "./model.ts";
import { areasOf, parseSeedFile, type SeedFile, SeedFileError } from "./seed-file.ts";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
const seedFiles = readdirSync(SEEDS_DIR).filter((file) => file.endsWith(".yaml")).sort();
const seeds = new Map<string, SeedFile>(
  seedFiles.map((file) => [file, parseSeedFile(readFileSync(`${SEEDS_DIR}${file}`, "utf8"), `seeds/${file}`)]),
);

function seedFor(prefix: string): SeedFile {
  const entry = [...seeds].find(([file]) => file.startsWith(prefix));
  if (!entry) throw new Error(`no seed file ${prefix}-*.yaml`);
  return entry[1];
}

const has = (seed: SeedFile, type: string, from: string, to: string) =>
  seed.relationships.some((rel) => rel.type === type && rel.from === from && rel.to === to);
const outgoing = (seed: SeedFile, type: string, from: string) =>
  seed.relationships.filter((rel) => rel.type === type && rel.from === from).map((rel) => rel.to);
const node = (seed: SeedFile, id: string) => seed.nodes.find((n) => n.id === id);

describe("model", () => {
  it("gives every label a kind list and every relationship type a rule", () => {
    expect(Object.keys(NODE_KINDS).sort()).toEqual([...NODE_LABELS].sort());
    expect(Object.keys(REL_RULES).sort()).toEqual([...REL_TYPES].sort());
  });
});

describe("seed files", () => {
  it("has one file per source document", () => {
    expect(seedFiles.map((file) => file.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
  });

  it.each(seedFiles)("%s parses and validates", (file) => {
    expect(seeds.get(file)?.nodes.length).toBeGreaterThan(0);
  });

  // The loader merges a node declared by several documents and the last one
  // loaded sets its properties, so these must agree wherever the node appears.
  it("declares a node shared by several documents the same way in each", () => {
    const first = new Map<string, { file: string; facts: unknown }>();
    for (const [file, seed] of seeds) {
      for (const n of seed.nodes) {
        const facts = { label: n.label, name: n.name, kind: n.kind, aliases: n.aliases, areas: areasOf(n), ambiguity: n.ambiguity };
        const seen = first.get(n.id);
        if (!seen) first.set(n.id, { file, facts });
        else expect({ id: n.id, file, facts }).toEqual({ id: n.id, file, facts: seen.facts });
      }
    }
  });
});

describe("coverage of the documents", () => {
  it("004: the Neglect Strategy is one node, led, governed and overseen as the table says", () => {
    const seed = seedFor("004");
    const neglect = seed.nodes.filter((n) => n.name === "Neglect Strategy and action plan");
    expect(neglect).toHaveLength(1);
    const id = neglect[0]?.id ?? "";
    expect(outgoing(seed, "GOVERNED_THROUGH", id)).toEqual(["board-southend-lscb"]);
    expect(outgoing(seed, "OVERSEEN_BY", id)).toEqual(["board-southend-sfacg"]);
    expect(has(seed, "LEADS", "person-john-oloughlin", id)).toBe(true);
    expect(outgoing(seed, "CONTRIBUTES_TO", id)).toHaveLength(3);
    expect(node(seed, "person-john-oloughlin")?.name).toBe("John O'Loughlin");
  });

  it("004: every table row is overseen by SFACG, and the rows without a lead or a route stay without", () => {
    const seed = seedFor("004");
    const rows = seed.nodes.filter((n) => n.label === "Strategy" && n.section.startsWith("4. Leadership and governance"));
    expect(rows).toHaveLength(33);
    for (const row of rows) expect(outgoing(seed, "OVERSEEN_BY", row.id)).toEqual(["board-southend-sfacg"]);
    const leads = (id: string) => seed.relationships.filter((rel) => rel.type === "LEADS" && rel.to === id);
    for (const id of ["strategy-southend-school-sports-partnerships", "strategy-southend-community-paediatric-review", "strategy-set-domestic-abuse-strategy"]) {
      expect(leads(id)).toEqual([]);
    }
    for (const id of ["strategy-southend-family-nurse-partnership", "strategy-southend-healthy-school-award", "strategy-southend-school-sports-partnerships"]) {
      expect(outgoing(seed, "GOVERNED_THROUGH", id)).toEqual([]);
    }
    expect(has(seed, "ACCOUNTABLE_TO", "board-southend-sfacg", "board-southend-hwb")).toBe(true);
    expect(seed.nodes.filter((n) => n.label === "AreaOfFocus")).toHaveLength(4);
  });

  it("000: the Partnership sits within the HWB and alongside the ESCB, with four locality partnerships", () => {
    const seed = seedFor("000");
    expect(has(seed, "SITS_WITHIN", "board-essex-cyp-strategic-partnership", "board-essex-hwb")).toBe(true);
    expect(has(seed, "SITS_ALONGSIDE", "board-essex-cyp-strategic-partnership", "board-essex-escb")).toBe(true);
    expect(seed.nodes.filter((n) => n.kind === "LOCALITY_PARTNERSHIP")).toHaveLength(4);
    expect(outgoing(seed, "HAS_OBJECTIVE", "strategy-essex-cyp-plan-2016")).toHaveLength(6);
  });

  it("001: the 2016 Plan replaces the 2013-16 plan, which ends, and its approval route is recorded", () => {
    const seed = seedFor("001");
    expect(has(seed, "REPLACES", "strategy-essex-cyp-plan-2016", "strategy-essex-cyp-plan-2013-16")).toBe(true);
    expect(node(seed, "strategy-essex-cyp-plan-2013-16")?.validTo).toBeDefined();
    expect(has(seed, "APPROVES", "board-essex-cabinet", "strategy-essex-cyp-plan-2016")).toBe(true);
    expect(has(seed, "CONSIDERS", "board-essex-cyp-strategic-partnership", "strategy-essex-cyp-plan-2016")).toBe(true);
    expect(has(seed, "ENDORSES", "board-essex-partnership-board", "strategy-essex-cyp-plan-2016")).toBe(true);
    expect(has(seed, "ENABLES", "strategy-essex-cyp-plan-2016", "strategy-essex-jhws-2013-18")).toBe(true);
    // Six outcomes announced, five listed: recorded as an ambiguity, not resolved.
    expect(outgoing(seed, "HAS_OUTCOME", "strategy-essex-cyp-plan-2016")).toHaveLength(5);
    expect(node(seed, "strategy-essex-cyp-plan-2016")?.ambiguity).toMatch(/six outcomes/);
  });

  it("002: the 2010 arrangements replace the Children's Trust, which ends in autumn 2010", () => {
    const seed = seedFor("002");
    expect(has(seed, "REPLACES", "board-essex-childrens-joint-working-arrangements-2010", "board-essex-childrens-trust")).toBe(true);
    expect(node(seed, "board-essex-childrens-trust")?.validTo).toBe("2010-10-01");
    expect(has(seed, "ACCOUNTABLE_TO", "board-essex-childrens-partnership-board", "board-essex-hwb")).toBe(true);
    expect(has(seed, "REPORTS_TO", "board-essex-lccdbs", "board-essex-escb")).toBe(true);
  });

  it("003: the Children's Trust has one county board, 11 CYPSPs and 28 local delivery groups", () => {
    const seed = seedFor("003");
    const parts = seed.relationships.filter((rel) => rel.type === "PART_OF" && rel.to === "board-essex-childrens-trust");
    expect(parts.map((rel) => node(seed, rel.from)?.props?.count ?? 1).sort()).toEqual([1, 11, 28]);
  });
});

// A small valid file; each broken example changes one line of it.
const VALID = `document:
  file: 004_74f13835036de04e.txt
  title: Test
  date: 2016-04-01
nodes:
  - id: area-southend-on-sea
    label: Area
    name: Southend-on-Sea
    kind: UNITARY_AUTHORITY
    section: "2"
  - id: board-southend-sfacg
    label: Board
    name: Success for All Children Group
    kind: CHILDRENS_TRUST
    area: area-southend-on-sea
    section: "1. Foreword"
    description: The partnership.
  - id: strategy-southend-neglect-strategy
    label: Strategy
    name: Neglect Strategy and action plan
    section: "4"
    validFrom: 2016-04-01
relationships:
  - { type: OVERSEEN_BY, from: strategy-southend-neglect-strategy, to: board-southend-sfacg, section: "4" }
`;

const FILE = "seeds/004-test.yaml";
/** 1-based line of the n-th line containing `fragment`. */
function lineOf(text: string, fragment: string, occurrence = 1): number {
  let seen = 0;
  return text.split("\n").findIndex((line) => line.includes(fragment) && ++seen === occurrence) + 1;
}

function refusal(text: string): SeedFileError {
  try {
    parseSeedFile(text, FILE);
  } catch (error) {
    if (error instanceof SeedFileError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("broken seed files", () => {
  it("accepts the valid example", () => {
    expect(parseSeedFile(VALID, FILE).relationships).toHaveLength(1);
  });

  // find -> replace breaks the file; `at` is the text of the offending line (and which occurrence), by default the replacement's.
  const cases: { what: string; find: string; replace: string; path: string; message: RegExp; at?: [string, number] }[] = [
    { what: "an unknown relationship type", find: "type: OVERSEEN_BY", replace: "type: OVERSEES", path: "relationships[0].type", message: /"OVERSEES" is not a relationship type/ },
    { what: "a dangling id", find: "to: board-southend-sfacg", replace: "to: board-southend-nowhere", path: "relationships[0].to", message: /"board-southend-nowhere" is not a node declared in this file/ },
    { what: "a bad date", find: "validFrom: 2016-04-01", replace: "validFrom: 2016-13-01", path: "nodes[2].validFrom", message: /"2016-13-01" is not a date/ },
    { what: "a date in another format", find: "validFrom: 2016-04-01", replace: "validFrom: 01/04/2016", path: "nodes[2].validFrom", message: /is not a date/ },
    { what: "an e-mail address", find: "description: The partnership.", replace: "description: Ask clerk@example.gov.uk", path: "nodes[1].description", message: /e-mail address/ },
    { what: "a phone number", find: "description: The partnership.", replace: "description: Call 01245 430360", path: "nodes[1].description", message: /phone number/ },
    {
      what: "a duplicate id",
      find: "id: strategy-southend-neglect-strategy\n    label: Strategy",
      replace: "id: board-southend-sfacg\n    label: Board",
      path: "nodes[2].id",
      message: /duplicate node id "board-southend-sfacg" \(first at nodes\[1\]\)/,
      at: ["id: board-southend-sfacg", 2],
    },
    { what: "a wrong endpoint label", find: "type: OVERSEEN_BY", replace: "type: CHAIRS", path: "relationships[0].from", message: /CHAIRS cannot start at a Strategy/ },
    { what: "a kind of another label", find: "kind: CHILDRENS_TRUST", replace: "kind: FOO", path: "nodes[1].kind", message: /^"FOO" is not a Board kind$/ },
    { what: "an area that is not an Area", find: "area: area-southend-on-sea", replace: "area: board-southend-sfacg", path: "nodes[1].area", message: /not an Area node/ },
    {
      what: "validTo before validFrom",
      find: "validFrom: 2016-04-01",
      replace: "validFrom: 2016-04-01\n    validTo: 2015-01-01",
      path: "nodes[2].validTo",
      message: /before validFrom/,
      at: ["validTo: 2015-01-01", 1],
    },
    {
      what: "an unknown key",
      find: 'section: "1. Foreword"',
      replace: 'section: "1. Foreword"\n    vaildTo: 2017-01-01',
      path: "nodes[1].vaildTo",
      message: /Unrecognized key/,
      at: ["vaildTo", 1],
    },
  ];

  it.each(cases)("refuses $what with its path and line", ({ find, replace, path, message, at }) => {
    const text = VALID.replace(find, replace);
    const error = refusal(text);
    const issue = error.issues.find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
    const expectedLine = lineOf(text, ...(at ?? [replace, 1]));
    expect(issue?.line).toBe(expectedLine);
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(`${FILE}:${expectedLine} ${path}: `);
  });

  it("refuses a duplicate relationship", () => {
    const rel = VALID.split("\n").find((l) => l.includes("type: OVERSEEN_BY")) ?? "";
    const error = refusal(`${VALID}${rel}\n`);
    expect(error.issues[0]).toMatchObject({ path: "relationships[1].type", line: lineOf(VALID, rel) + 1 });
    expect(error.issues[0]?.message).toMatch(/duplicate relationship OVERSEEN_BY/);
  });

  it("refuses a contact detail even where the rest of the file is broken", () => {
    const text = VALID.replace("kind: CHILDRENS_TRUST", "kind: FOO").replace("name: Southend-on-Sea", "name: 07748 623993");
    const paths = refusal(text).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["nodes[1].kind", "nodes[0].name"]));
  });

  it("refuses REPLACES between different labels", () => {
    const text = VALID.replace("type: OVERSEEN_BY", "type: REPLACES");
    expect(refusal(text).issues.map((i) => i.message)).toContain("REPLACES joins nodes of one label, not a Strategy and a Board");
  });

  it("refuses PART_OF between labels that cannot nest", () => {
    const text = VALID.replace("type: OVERSEEN_BY", "type: PART_OF");
    expect(refusal(text).issues[0]?.message).toMatch(/PART_OF cannot join a Strategy to a Board/);
  });

  it("reports a YAML syntax error with its line", () => {
    const error = refusal(VALID.replace("title: Test", "title: [Test"));
    expect(error.issues[0]?.line).toBeGreaterThan(0);
  });

  it("refuses a header copied from another document", () => {
    expect(refusal(VALID.replace("004_74f13835036de04e.txt", "003_b0fd0094a5cb25d1.txt")).issues[0]?.path).toBe("document.file");
  });
});
