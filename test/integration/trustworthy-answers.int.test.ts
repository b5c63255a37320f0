import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";
import { useEditingAppOverSeeds } from "../support/seeded-editing-app.ts";

// The "Done when" lines of the issue on the seeded graph: several areas, statutory
// lines and tops, last evidenced marks and an editor settling one. One database for
// the block; the tests that write run last and touch only what they settle.

const ESSEX_2011_BODY = "board-essex-childrens-partnership-board";
const DOCUMENT_002 = "002_04cb78379c9a0f0c.txt";
const DOCUMENT_000 = "000_27187222b5e33ce2.txt";

interface Brief {
  id: string;
  areaId: string | null;
  areaIds: string[];
  lastEvidenced: { on: string; source: string } | null;
  validTo: string | null;
  version: number;
}

const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) { entity(id: $id) { id areaId areaIds validTo version lastEvidenced { on source } } }
`;
const DIAGRAM = /* GraphQL */ `
  query Diagram($area: String!, $asOf: Date) {
    reportingLines(area: $area, asOf: $asOf) {
      nodes { id name lastEvidenced { on source } }
      edges { id type source target lastEvidenced { on source } }
    }
  }
`;
const GAPS = /* GraphQL */ `
  query Gaps($area: String!) {
    accountabilityGaps(area: $area) { strategiesWithoutLead { entity { id } message } bodiesWithoutUpwardLine { entity { id } } }
  }
`;
const CHAIN = /* GraphQL */ `
  query Chain($id: ID!) {
    oversightChain(strategyId: $id) {
      paths { end note steps { relationship statute entity { id lastEvidenced { on } } sources { document section date } } }
      tops { id }
      gaps { kind message entity { id } }
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation Confirm($id: ID!, $expectedVersion: Int!, $outcome: LastEvidencedOutcome!, $on: Date!, $source: SourceInput!) {
    confirmLastEvidenced(id: $id, expectedVersion: $expectedVersion, outcome: $outcome, on: $on, source: $source) {
      id validTo version lastEvidenced { on } sources { document section date }
    }
  }
`;
const HISTORY = /* GraphQL */ `
  query History($id: ID!) { history(entityId: $id) { action actor before after } }
`;

describe("answers a governance officer can trust", () => {
  const seeded = useEditingAppOverSeeds("Dana Editor");

  async function ask<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
    const answer = await graphql<T>(seeded.app, query, variables, headers);
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  }
  const entity = async (id: string) => (await ask<{ entity: Brief }>(ENTITY, { id })).entity;

  it("puts the SET Domestic Abuse Strategy in Southend-on-Sea, Essex and Thurrock, and lists it in Southend's 'no lead'", async () => {
    const strategy = await entity("strategy-set-domestic-abuse-strategy");
    expect(strategy.areaIds).toEqual(["area-southend-on-sea", "area-essex", "area-thurrock"]);
    expect(strategy.areaId).toBe("area-southend-on-sea");
    const southend = await ask<{ accountabilityGaps: { strategiesWithoutLead: { entity: { id: string }; message: string }[] } }>(GAPS, { area: "Southend-on-Sea" });
    const noLead = southend.accountabilityGaps.strategiesWithoutLead.find((gap) => gap.entity.id === "strategy-set-domestic-abuse-strategy");
    expect(noLead?.message).toMatch(/^No named lead for Southend, Essex & Thurrock Domestic Abuse Strategy in 004 /);
    // Every area-scoped answer includes it: the gaps and the diagrams of Essex and Thurrock too.
    const essex = await ask<{ accountabilityGaps: { strategiesWithoutLead: { entity: { id: string } }[] } }>(GAPS, { area: "area-essex" });
    expect(essex.accountabilityGaps.strategiesWithoutLead.map((gap) => gap.entity.id)).toContain("strategy-set-domestic-abuse-strategy");
    for (const area of ["Essex", "Thurrock"]) {
      const diagram = await ask<{ reportingLines: { nodes: { id: string }[] } }>(DIAGRAM, { area, asOf: "2016-06-01" });
      expect(diagram.reportingLines.nodes.map((node) => node.id)).toContain("strategy-set-domestic-abuse-strategy");
    }
  });

  it("traces the Neglect Strategy with no gap at the HWB, to Southend-on-Sea Borough Council with the statute cited", async () => {
    const { oversightChain } = await ask<{ oversightChain: { paths: { end: string; note: string; steps: { relationship: string; statute: string | null; entity: { id: string }; sources: { document: string; section: string; date: string }[] }[] }[]; tops: { id: string }[]; gaps: unknown[] } }>(
      CHAIN,
      { id: "strategy-southend-neglect-strategy" },
    );
    const oversight = oversightChain.paths.find((path) => path.steps[0]?.relationship === "OVERSEEN_BY");
    const last = oversight?.steps.at(-1);
    expect(last).toMatchObject({ relationship: "COMMITTEE_OF", statute: "Health and Social Care Act 2012, s194", entity: { id: "org-southend-borough-council" } });
    expect(last?.sources).toEqual([{ document: "Health and Social Care Act 2012", section: "s194", date: "2013-04-01" }]);
    expect(oversight?.end).toBe("STATUTORY_BODY");
    expect(oversightChain.tops.map((top) => top.id)).toContain("org-southend-borough-council");
    expect(oversightChain.gaps).toEqual([]);
  });

  it("still calls a chain that stops at a working group a gap", async () => {
    const { oversightChain } = await ask<{ oversightChain: { paths: { end: string; note: string }[]; gaps: { kind: string; message: string; entity: { id: string } }[] } }>(CHAIN, {
      id: "strategy-southend-virtual-school-action-plan",
    });
    const stop = oversightChain.gaps.find((gap) => gap.kind === "NO_UPWARD_LINE");
    expect(stop).toMatchObject({ entity: { id: "board-southend-corporate-parenting-group" }, message: "The chain stops at Corporate Parenting Group, which has no upward accountability line" });
    expect(oversightChain.paths.map((path) => path.end)).toContain("TOP");
  });

  it("draws the 2011 Essex bodies in the 2016 diagram marked 'last evidenced' in 002 Appendix 5, and the 2016 ones not", async () => {
    const { reportingLines } = await ask<{ reportingLines: { nodes: { id: string; lastEvidenced: { on: string; source: string } | null }[]; edges: { id: string; lastEvidenced: { on: string } | null }[] } }>(DIAGRAM, {
      area: "Essex",
      asOf: "2016-05-17",
    });
    const byId = new Map(reportingLines.nodes.map((node) => [node.id, node]));
    for (const id of [ESSEX_2011_BODY, "board-essex-childrens-partnership-executive", "board-essex-infrastructure-group"]) {
      expect(byId.get(id)?.lastEvidenced).toEqual({ on: "2011-09-29", source: expect.stringMatching(new RegExp(`^${DOCUMENT_002}, Appendix 5`)) });
    }
    for (const id of ["board-essex-cyp-strategic-partnership", "board-essex-hwb", "board-essex-escb"]) expect(byId.get(id)?.lastEvidenced).toBeNull();
    // Its lines that only 002 states are marked too.
    const line = reportingLines.edges.find((edge) => edge.id === `ACCOUNTABLE_TO:${ESSEX_2011_BODY}->board-essex-hwb`);
    expect(line?.lastEvidenced).toEqual({ on: "2011-09-29", source: expect.any(String) });
    // Every answer about it says so: the entity itself, and a trace that passes such a body.
    expect((await entity(ESSEX_2011_BODY)).lastEvidenced?.on).toBe("2011-09-29");
    const { oversightChain } = await ask<{ oversightChain: { paths: { note: string; steps: { entity: { id: string; lastEvidenced: { on: string } | null } }[] }[] } }>(CHAIN, {
      id: "strategy-essex-cyp-plan-2016",
    });
    const through = oversightChain.paths.find((path) => path.steps.some((step) => step.entity.id === "board-essex-childrens-joint-working-arrangements-2010"));
    expect(through?.steps.at(-1)?.entity.lastEvidenced?.on).toBe("2011-09-29");
    expect(through?.note).toMatch(/was last evidenced on 2011-09-29 in 002_04cb78379c9a0f0c\.txt, Appendix 5/);
  });

  it("lets an editor confirm that a 2011 body ended, in one audited transaction, and another still stands", async () => {
    const before = await entity(ESSEX_2011_BODY);
    const refused = await graphql(seeded.app, CONFIRM, { id: ESSEX_2011_BODY, expectedVersion: before.version, outcome: "ENDED", on: "2016-05-17", source: { document: DOCUMENT_000, section: "3" } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("GOV_UNAUTHENTICATED");
    const stale = await graphql(seeded.app, CONFIRM, { id: ESSEX_2011_BODY, expectedVersion: before.version + 5, outcome: "ENDED", on: "2016-05-17", source: { document: DOCUMENT_000, section: "3" } }, seeded.editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe("GOV_CONFLICT");

    const ended = await ask<{ confirmLastEvidenced: { validTo: string; version: number; lastEvidenced: unknown; sources: { document: string; section: string; date: string }[] } }>(
      CONFIRM,
      { id: ESSEX_2011_BODY, expectedVersion: before.version, outcome: "ENDED", on: "2016-05-17", source: { document: DOCUMENT_000, section: "3. The Essex Children's System" } },
      seeded.editor,
    );
    expect(ended.confirmLastEvidenced).toMatchObject({ validTo: "2016-05-17", version: before.version + 1, lastEvidenced: null });
    expect(ended.confirmLastEvidenced.sources).toContainEqual({ document: DOCUMENT_000, section: "3. The Essex Children's System", date: "2016-05-17" });
    const history = await ask<{ history: { action: string; actor: string }[] }>(HISTORY, { id: ESSEX_2011_BODY }, seeded.editor);
    expect(history.history[0]).toMatchObject({ action: "confirmLastEvidenced", actor: "Dana Editor" });
    const diagram = await ask<{ reportingLines: { nodes: { id: string }[] } }>(DIAGRAM, { area: "Essex", asOf: "2016-06-01" });
    expect(diagram.reportingLines.nodes.map((node) => node.id)).not.toContain(ESSEX_2011_BODY);

    const infrastructure = await entity("board-essex-infrastructure-group");
    const stands = await ask<{ confirmLastEvidenced: { validTo: string | null; lastEvidenced: unknown; sources: { date: string }[] } }>(
      CONFIRM,
      { id: infrastructure.id, expectedVersion: infrastructure.version, outcome: "STILL_STANDS", on: "2016-06-01", source: { document: DOCUMENT_000, section: "Back page" } },
      seeded.editor,
    );
    expect(stands.confirmLastEvidenced).toMatchObject({ validTo: null, lastEvidenced: null });
    expect(stands.confirmLastEvidenced.sources.map((source) => source.date)).toContain("2016-06-01");
    // A body that is not marked is refused: nothing is settled that nobody questioned.
    const current = await entity("board-essex-cyp-strategic-partnership");
    const notMarked = await graphql(seeded.app, CONFIRM, { id: current.id, expectedVersion: current.version, outcome: "ENDED", on: "2016-06-01", source: { document: DOCUMENT_000, section: "3" } }, seeded.editor);
    expect(notMarked.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["id"] });
  });
});
