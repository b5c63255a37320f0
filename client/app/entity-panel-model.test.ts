import { describe, expect, it } from "vitest";
import { entity, line } from "../graph/test-support/sample-views.ts";
import { entityPanelModel } from "./entity-panel-model.ts";

const withSources = (edge: ReturnType<typeof line>) => ({ ...edge, description: null, ambiguity: null, sources: [] });

describe("entityPanelModel", () => {
  const nodes = [
    entity("trust", "Board", "CHILDRENS_TRUST"),
    entity("hwb", "Board", "HEALTH_AND_WELLBEING_BOARD"),
    entity("lscb", "Board", "SAFEGUARDING_BOARD"),
    entity("chair", "Person"),
    entity("council", "Organisation", "COUNCIL"),
    entity("neglect", "Strategy", "STRATEGY"),
    entity("group", "Board", "WORKING_GROUP"),
  ];
  const edges = [
    line("ACCOUNTABLE_TO", "trust", "hwb"),
    line("REPORTS_TO", "group", "trust"),
    line("SITS_ALONGSIDE", "lscb", "trust"),
    line("CHAIRS", "chair", "trust"),
    line("MEMBER_OF", "council", "trust"),
    line("OVERSEEN_BY", "neglect", "trust"),
    line("LEADS", "trust", "neglect"),
    line("ACCOUNTABLE_TO", "lscb", "hwb"),
  ].map(withSources);

  it("sorts the lines around a board by what they mean for it, ignoring lines between its neighbours", () => {
    const model = entityPanelModel("trust", { nodes, edges, truncated: false });
    const ids = (list: { entity: { id: string } }[]) => list.map((r) => r.entity.id);
    expect(ids(model.answersTo)).toEqual(["hwb"]);
    expect(ids(model.answerable)).toEqual(["group"]);
    expect(ids(model.alongside)).toEqual(["lscb"]);
    expect(ids(model.chairs)).toEqual(["chair"]);
    expect(ids(model.members)).toEqual(["council"]);
    expect(ids(model.oversees)).toEqual(["neglect"]);
    expect(ids(model.leads)).toEqual(["neglect"]);
    expect(model.governs).toEqual([]);
  });

  it("reads the same lines from the strategy's side", () => {
    const model = entityPanelModel("neglect", { nodes, edges, truncated: false });
    expect(model.overseenBy.map((r) => r.entity.id)).toEqual(["trust"]);
    expect(model.ledBy.map((r) => r.entity.id)).toEqual(["trust"]);
  });
});
