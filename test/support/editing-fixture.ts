import type { QueryRunner } from "../../server/db/run-query.ts";
import type { TestRunnerRows } from "./test-database.ts";
import type { SeedFile } from "../../server/domain/seed-file.ts";
import { writeSeedFile } from "../../server/seed/load-seeds.ts";

/** A document of the test graph (the name follows the seed files' pattern). */
export const TEST_DOCUMENT = "901_00000000000000aa.txt";

/**
 * A small county: a health and wellbeing board, a partnership accountable to
 * it, a strategy governed through the partnership and led by a person. Loaded
 * through the seed loader, as real data is.
 */
export const TEST_GRAPH: SeedFile = {
  document: { file: TEST_DOCUMENT, title: "Testshire governance", date: "2016-04-01" },
  nodes: [
    { id: "area-testshire", label: "Area", name: "Testshire", kind: "COUNTY", section: "1" },
    { id: "area-testshire-north", label: "Area", name: "North Testshire", kind: "LOCALITY", section: "1" },
    { id: "board-test-hwb", label: "Board", name: "Testshire Health and Wellbeing Board", aliases: ["HWB"], kind: "HEALTH_AND_WELLBEING_BOARD", area: "area-testshire", section: "2" },
    { id: "board-test-partnership", label: "Board", name: "Testshire Children's Partnership", kind: "STRATEGIC_PARTNERSHIP", area: "area-testshire", section: "2", props: { meetingFrequency: "quarterly" } },
    { id: "strategy-test-neglect", label: "Strategy", name: "Testshire Neglect Strategy", kind: "STRATEGY", area: "area-testshire", section: "4" },
    { id: "person-test-lead", label: "Person", name: "Alex Lead", section: "4" },
  ],
  relationships: [
    { type: "PART_OF", from: "area-testshire-north", to: "area-testshire", section: "1" },
    { type: "ACCOUNTABLE_TO", from: "board-test-partnership", to: "board-test-hwb", section: "2" },
    { type: "GOVERNED_THROUGH", from: "strategy-test-neglect", to: "board-test-partnership", section: "4" },
    { type: "LEADS", from: "person-test-lead", to: "strategy-test-neglect", section: "4" },
  ],
};

export async function loadTestGraph(runner: QueryRunner): Promise<void> {
  await writeSeedFile(runner, TEST_GRAPH);
}

/** The whole database as sorted JSON lines: equal snapshots mean nothing was written in between. */
export async function graphSnapshot(runner: QueryRunner<TestRunnerRows>): Promise<string[]> {
  const [row] = await runner.read("test/graph-snapshot");
  return [...(row?.nodes ?? []), ...(row?.relationships ?? [])].map(stableJson).sort();
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
