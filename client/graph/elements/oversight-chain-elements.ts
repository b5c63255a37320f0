import type { ElementDefinition } from "cytoscape";
import type { OversightChainQuery } from "../../generated/graphql.ts";
import { edgeElement, nodeElement } from "./element-data.ts";

export type OversightChainResult = OversightChainQuery["oversightChain"];

/**
 * Elements of a traced oversight chain: the strategy (class `origin`), its
 * leads beneath it, and every route upward, each body and step classed `path`;
 * the entity a gap is about is classed `gap`. Steps are drawn as the route
 * walks them, upward from the strategy, so a lead body reached by a LEADS line
 * appears as "led by" above the strategy.
 */
export function oversightChainElements(chain: OversightChainResult): ElementDefinition[] {
  const gapIds = new Set(chain.gaps.flatMap((gap) => (gap.entity ? [gap.entity.id] : [])));
  const classesFor = (id: string, base: string[]) => (gapIds.has(id) ? [...base, "gap"] : base);

  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  const strategyId = chain.strategy.id;
  nodes.set(strategyId, nodeElement(chain.strategy, classesFor(strategyId, ["origin", "path"])));

  chain.paths.forEach((path, pathIndex) => {
    for (const step of path.steps) {
      const id = step.entity.id;
      if (!nodes.has(id)) nodes.set(id, nodeElement(step.entity, classesFor(id, ["path"])));
      const type = step.relationship === "LEADS" ? "LED_BY" : step.relationship;
      const edgeKey = `step:${type}:${step.fromId}->${id}`;
      const existing = edges.get(edgeKey);
      if (existing) {
        (existing.data.paths as number[]).push(pathIndex);
        continue;
      }
      const element = edgeElement(
        { id: edgeKey, type, source: step.fromId, target: id, validFrom: step.validFrom, validTo: step.validTo, lastEvidenced: null },
        ["path"],
      );
      element.data.paths = [pathIndex];
      edges.set(edgeKey, element);
    }
  });

  for (const lead of chain.leads) {
    const id = lead.entity.id;
    if (!nodes.has(id)) nodes.set(id, nodeElement(lead.entity, classesFor(id, ["lead"])));
    const edgeKey = `LEADS:${id}->${strategyId}`;
    if (!edges.has(edgeKey)) {
      edges.set(
        edgeKey,
        edgeElement({ id: edgeKey, type: "LEADS", source: id, target: strategyId, validFrom: null, validTo: null, lastEvidenced: null }, ["lead"]),
      );
    }
  }

  // A step may start from a node the answer does not hold (a cut answer); drop it rather than fail.
  const drawable = [...edges.values()].filter((edge) => nodes.has(edge.data.source) && nodes.has(edge.data.target));
  return [...nodes.values(), ...drawable];
}
