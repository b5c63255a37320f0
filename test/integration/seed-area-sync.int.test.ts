import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeedFile } from "../../server/domain/seed-file.ts";
import { applyGraphRules } from "../../server/graph/apply-graph-rules.ts";
import { listSeedFiles, loadSeeds, readSeedFile, writeSeedFile } from "../../server/seed/load-seeds.ts";
import { generateCouncil } from "../../bench/synthetic/generate-council.ts";
import { loadSynthetic } from "../../bench/synthetic/load-synthetic.ts";
import { graphSnapshot } from "../support/editing-fixture.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

/** An area first, then a file whose nodes reach it and areas of their own in every way a file can state them. */
const AREA_FIRST: SeedFile = {
  document: { file: "905_00000000000000ee.txt", title: "Syncton areas", date: "2016-04-01" },
  nodes: [{ id: "area-syncton", label: "Area", name: "Syncton", kind: "UNITARY_AUTHORITY", section: "1" }],
  relationships: [],
};

const MIXED: SeedFile = {
  document: { file: "906_00000000000000ff.txt", title: "Syncton boards", date: "2017-04-01" },
  nodes: [
    { id: "area-syncton", label: "Area", name: "Syncton", kind: "UNITARY_AUTHORITY", section: "1" },
    { id: "area-syncton-north", label: "Area", name: "North Syncton", kind: "LOCALITY", area: "area-syncton", section: "1" },
    { id: "area-syncton-south", label: "Area", name: "South Syncton", kind: "LOCALITY", area: "area-syncton", section: "1" },
    // In an area this file creates only: the loader stores its areas without the sync step.
    { id: "board-syncton-north", label: "Board", name: "North Syncton Forum", kind: "FORUM", area: "area-syncton-north", section: "2" },
    // In an area an earlier file created, listed after one this file creates.
    { id: "board-syncton-both", label: "Board", name: "Syncton Joint Forum", kind: "FORUM", areas: ["area-syncton-south", "area-syncton"], section: "2" },
    // An area line the file states itself, ended, beside the one its `area` draws.
    { id: "board-syncton-moved", label: "Board", name: "Syncton Moved Forum", kind: "FORUM", area: "area-syncton-north", section: "2" },
    // No area at all.
    { id: "person-syncton-chair", label: "Person", name: "Sam Sync", section: "3" },
    // A single stored areaId, as props of older files held it.
    { id: "board-syncton-old", label: "Board", name: "Syncton Old Forum", kind: "FORUM", props: { areaId: "area-syncton-south" }, section: "2" },
  ],
  relationships: [
    { type: "IN_AREA", from: "board-syncton-moved", to: "area-syncton-south", section: "2", validTo: "2017-01-01" },
    { type: "CHAIRS", from: "person-syncton-chair", to: "board-syncton-north", section: "3" },
  ],
};

/**
 * The seed loader leaves out of the graph rules' area step the nodes it created whose areas it
 * already stored exactly as that step would: proven here by running the step over every node
 * afterwards and finding nothing changed.
 */
describe("the seed loader's area lists", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
  });
  afterAll(async () => db.close());

  it("are what the graph rules draw from the IN_AREA lines, for the five documents, two synthetic councils and files stating areas every way", async () => {
    await loadSeeds(db.runner, testLogger);
    await loadSynthetic(db.runner, { to: 2, progress: false });
    await writeSeedFile(db.runner, AREA_FIRST);
    await writeSeedFile(db.runner, MIXED);
    const loaded = await graphSnapshot(db.runner);

    const ids = [
      ...listSeedFiles().flatMap((file) => readSeedFile(file).nodes),
      ...[1, 2].flatMap((index) => generateCouncil(index).nodes),
      ...MIXED.nodes,
    ].map((node) => node.id);
    await db.runner.writeTransaction((tx) => applyGraphRules(tx, [...new Set(ids)], []));

    expect(await graphSnapshot(db.runner)).toEqual(loaded);
    const [both] = await db.runner.read("entities/get-entity", { id: "board-syncton-both" });
    expect(both?.entity.areaIds).toEqual(["area-syncton-south", "area-syncton"]);
    const [moved] = await db.runner.read("entities/get-entity", { id: "board-syncton-moved" });
    expect(moved?.entity.areaIds).toEqual(["area-syncton-north"]);
  });
});
