import type { EdgeBrief, EntityBrief } from "../../client/graph/elements/element-data.ts";
import type { GraphViewInput } from "../../client/graph/elements/reporting-lines-elements.ts";

/** A small deterministic random source (mulberry32), so every run draws the same graph. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A `reportingLines` answer of about `nodeCount` nodes, in the shape the
 * seeded councils have: per council a Health and Wellbeing Board and a cabinet
 * at the top, a strategic partnership and a safeguarding board side by side
 * under them, locality partnerships and their working groups below, partner
 * organisations as members, and many strategies (40%) governed through one
 * body and overseen by another, as in 004 section 4.
 */
export function syntheticGovernance(nodeCount: number, seed = 2016): GraphViewInput {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const nodes: EntityBrief[] = [];
  const edges: EdgeBrief[] = [];
  const node = (id: string, label: string, kind: string | null, name: string) => {
    nodes.push({ id, name, label, kind, areaId: null, validFrom: "2016-04-01", validTo: null, lastEvidenced: null });
    return id;
  };
  const line = (type: string, source: string, target: string) => {
    edges.push({ id: `${type}:${source}->${target}`, type, source, target, validFrom: "2016-04-01", validTo: null, lastEvidenced: null });
  };

  for (let council = 1; nodes.length < nodeCount; council++) {
    const c = `c${council}`;
    const budget = Math.min(250, nodeCount - nodes.length);
    const start = nodes.length;
    const hwb = node(`${c}-hwb`, "Board", "HEALTH_AND_WELLBEING_BOARD", `Council ${council} Health and Wellbeing Board`);
    const cabinet = node(`${c}-cabinet`, "Board", "CABINET_OR_COMMITTEE", `Council ${council} Cabinet`);
    const scrutiny = node(`${c}-scrutiny`, "Board", "SCRUTINY_COMMITTEE", `Council ${council} Children's Scrutiny Committee`);
    const partnership = node(`${c}-partnership`, "Board", "STRATEGIC_PARTNERSHIP", `Council ${council} Children's Strategic Partnership`);
    const lscb = node(`${c}-lscb`, "Board", "SAFEGUARDING_BOARD", `Council ${council} Safeguarding Children Board`);
    const executive = node(`${c}-executive`, "Board", "EXECUTIVE_OR_MANAGEMENT_TEAM", `Council ${council} Partnership Executive`);
    line("REPORTS_TO", scrutiny, cabinet);
    line("ACCOUNTABLE_TO", partnership, hwb);
    line("ACCOUNTABLE_TO", lscb, hwb);
    line("SITS_ALONGSIDE", partnership, lscb);
    line("REPORTS_TO", executive, partnership);
    const bodies = [partnership, lscb, executive];
    const localities = 3 + Math.floor(random() * 4);
    for (let l = 1; l <= localities; l++) {
      const locality = node(`${c}-locality-${l}`, "Board", "LOCALITY_PARTNERSHIP", `Council ${council} Locality Partnership ${l}`);
      line("ACCOUNTABLE_TO", locality, partnership);
      bodies.push(locality);
      const groups = 2 + Math.floor(random() * 4);
      for (let g = 1; g <= groups; g++) {
        const group = node(`${c}-locality-${l}-group-${g}`, "Board", pick(["WORKING_GROUP", "DELIVERY_GROUP", "FORUM"]), `Locality ${l} Delivery Group ${g}`);
        line("REPORTS_TO", group, locality);
        bodies.push(group);
      }
    }
    const organisations = ["COUNCIL", "NHS_COMMISSIONER", "NHS_PROVIDER", "POLICE", "SCHOOL_OR_COLLEGE_BODY", "VOLUNTARY_BODY"];
    for (const [o, kind] of organisations.entries()) {
      const organisation = node(`${c}-org-${o}`, "Organisation", kind, `Council ${council} partner ${o + 1}`);
      line("MEMBER_OF", organisation, partnership);
      line("MEMBER_OF", organisation, pick(bodies));
    }
    // Strategies fill the rest of this council's share: each governed through one body and, mostly, overseen by another.
    for (let s = 1; nodes.length - start < budget; s++) {
      const strategy = node(`${c}-strategy-${s}`, "Strategy", pick(["STRATEGY", "PLAN", "ACTION_PLAN", "PROGRAMME"]), `Council ${council} Strategy ${s}`);
      line("GOVERNED_THROUGH", strategy, pick(bodies));
      if (random() < 0.8) line("OVERSEEN_BY", strategy, random() < 0.6 ? partnership : lscb);
    }
  }
  const kept = nodes.slice(0, nodeCount);
  const ids = new Set(kept.map((n) => n.id));
  const unique = [...new Map(edges.map((e) => [e.id, e])).values()];
  return { nodes: kept, edges: unique.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
