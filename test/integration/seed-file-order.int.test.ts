import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SeedFile } from "../../server/domain/seed-file.ts";
import { writeSeedFile } from "../../server/seed/load-seeds.ts";
import { graphSnapshot } from "../support/editing-fixture.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

/** A Health and Wellbeing Board in an area whose council only a later document names. */
const BOARD_FIRST: SeedFile = {
  document: { file: "903_00000000000000cc.txt", title: "Latertown boards", date: "2016-04-01" },
  nodes: [
    { id: "area-latertown", label: "Area", name: "Latertown", kind: "UNITARY_AUTHORITY", section: "1" },
    { id: "area-latertown-east", label: "Area", name: "East Latertown", kind: "LOCALITY", area: "area-latertown", section: "1" },
    { id: "board-latertown-hwb", label: "Board", name: "Latertown Health and Wellbeing Board", kind: "HEALTH_AND_WELLBEING_BOARD", area: "area-latertown-east", section: "2", validFrom: "2014-01-01" },
  ],
  relationships: [{ type: "PART_OF", from: "area-latertown-east", to: "area-latertown", section: "1" }],
};

const COUNCIL_LATER: SeedFile = {
  document: { file: "904_00000000000000dd.txt", title: "Latertown council", date: "2017-04-01" },
  nodes: [
    { id: "area-latertown", label: "Area", name: "Latertown", kind: "UNITARY_AUTHORITY", section: "1" },
    { id: "org-latertown-council", label: "Organisation", name: "Latertown Council", kind: "COUNCIL", area: "area-latertown", section: "1" },
  ],
  relationships: [],
};

/**
 * The loader creates what a file adds and merges what the graph already holds, and redraws the
 * graph rules only near the file's areas: a later file still reaches the boards of earlier ones,
 * and loading a file twice changes nothing.
 */
describe("seed files that build on each other", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await db.wipe();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("gives a board of an earlier file its statutory line when a later file adds the council of an area above it, and reloading changes nothing", async () => {
    await writeSeedFile(db.runner, BOARD_FIRST);
    const before = await graphSnapshot(db.runner);
    expect(before.some((entry) => entry.includes('"type":"COMMITTEE_OF"'))).toBe(false);

    await writeSeedFile(db.runner, COUNCIL_LATER);
    const loaded = await graphSnapshot(db.runner);
    const lines = loaded.filter((entry) => entry.includes('"type":"COMMITTEE_OF"'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"id":"board-latertown-hwb"');
    expect(lines[0]).toContain('"id":"org-latertown-council"');
    expect(lines[0]).toContain("Health and Social Care Act 2012");

    await writeSeedFile(db.runner, BOARD_FIRST);
    await writeSeedFile(db.runner, COUNCIL_LATER);
    expect(await graphSnapshot(db.runner)).toEqual(loaded);
  });

});
