/**
 * The strategies of one synthetic council: the Children and Young People's
 * Plan in three editions, then themed strategies, action plans and
 * programmes in families of one to three editions (each newer edition
 * REPLACES the older), each with leads, a governance route through a body and
 * an oversight body above it. About 5% have no lead, 5% no governance route.
 */
import type { Body, CouncilFrame } from "./council-bodies.ts";
import { overlap, SECTION, window } from "./council-builder.ts";
import type { CouncilPeople } from "./council-people.ts";
import { pickWeighted, STRATEGY_KINDS, THEMES } from "./names.ts";

export const STRATEGY_NO_LEAD_RATE = 0.05;
export const STRATEGY_NO_ROUTE_RATE = 0.05;
export const STRATEGY_NO_OVERSIGHT_RATE = 0.05;

const PRIORITIES = ["Every child has the best start in life", "Children are safe from harm", "Young people achieve their potential", "Children and families are healthy and resilient", "Young people are ready for adulthood", "Families get help early"];

interface Edition {
  id: string;
  name: string;
  validFrom: string;
  validTo?: string;
}

export function buildStrategies(frame: CouncilFrame, people: CouncilPeople, sizeFactor: number): void {
  const { b, top } = frame;
  const { rng } = b;
  const target = Math.round(250 * sizeFactor);
  const priorities = PRIORITIES.slice(0, rng.int(4, 6)).map((name, i) =>
    b.node({ id: b.id("priority", `k${i + 1}`), label: "Priority", name, kind: "PRIORITY", area: frame.areaId, section: SECTION.strategies, validFrom: "2024-04-01" }),
  );
  const bodyById = new Map(frame.bodies.map((body) => [body.id, body]));
  const routeBodies = frame.layers.slice(2).flat();
  let made = 0;
  const nextId = () => b.id("strategy", `s${++made}`);

  const addEdition = (name: string, kind: string, edition: Omit<Edition, "id" | "name">, start: number, end: number): Edition => {
    const made: Edition = { id: nextId(), name, ...edition };
    b.node({
      id: made.id, label: "Strategy", name, kind, area: frame.areaId, section: SECTION.strategies, ...window(made.validFrom, made.validTo),
      props: { periodStart: `${start}-04-01`, periodEnd: `${end}-03-31` },
    });
    return made;
  };
  const lines = (edition: Edition, governedBy: Body, overseenBy: Body | undefined) => {
    if (!rng.chance(STRATEGY_NO_LEAD_RATE)) {
      const lead = rng.chance(0.03) ? rng.pick([...people.roleIds.values()]) : rng.chance(0.6) ? rng.pick(people.senior) : rng.pick(people.people);
      b.rel("LEADS", lead, edition.id, { section: SECTION.strategies, ...window(edition.validFrom, edition.validTo) });
      if (rng.chance(0.1)) b.rel("LEADS", rng.pick(people.people), edition.id, { section: SECTION.strategies, ...window(edition.validFrom, edition.validTo) });
    }
    const route = rng.chance(STRATEGY_NO_ROUTE_RATE) ? undefined : overlap(edition, governedBy);
    if (route) b.rel("GOVERNED_THROUGH", edition.id, governedBy.id, { section: SECTION.strategies, ...route });
    const oversight = overseenBy && !rng.chance(STRATEGY_NO_OVERSIGHT_RATE) ? overlap(edition, overseenBy) : undefined;
    if (overseenBy && oversight) b.rel("OVERSEEN_BY", edition.id, overseenBy.id, { section: SECTION.strategies, ...oversight });
  };
  const family = (name: (start: number, end: number) => string, kind: string, editions: number, latestStart: number, pickRoute: (e: Edition) => [Body, Body | undefined]) => {
    const length = rng.int(2, 4);
    let previous: Edition | undefined;
    let latest: Edition | undefined;
    for (let k = editions - 1; k >= 0; k--) {
      const start = latestStart - k * (length + 1);
      const end = start + length;
      const nextStart = start + length + 1;
      const edition = addEdition(name(start, end), kind, window(`${start}-04-01`, k > 0 ? `${nextStart}-04-01` : undefined), start, end);
      const [governed, overseen] = pickRoute(edition);
      lines(edition, governed, overseen);
      if (previous) b.rel("REPLACES", edition.id, previous.id, { section: SECTION.history, validFrom: edition.validFrom });
      previous = edition;
      latest = edition;
    }
    return latest as Edition;
  };

  // The plan of the whole partnership: governed through the partnership, overseen by the HWB, approved by cabinet.
  const partnershipAt = (e: Edition) => (e.validFrom < top.partnership.validFrom ? (bodyById.get(b.id("board", "childrens-trust")) as Body) : top.partnership);
  const plan = family((s, e) => `${frame.name} Children and Young People's Plan ${s}-${e}`, "PLAN", 3, 2024, (e) => [partnershipAt(e), e.validFrom >= top.hwb.validFrom ? top.hwb : top.cabinet]);
  b.rel("APPROVES", top.cabinet.id, plan.id, { section: SECTION.strategies, validFrom: plan.validFrom });
  b.rel("ENDORSES", top.hwb.id, plan.id, { section: SECTION.strategies, validFrom: plan.validFrom });
  for (const priority of priorities) b.rel("HAS_PRIORITY", plan.id, priority, { section: SECTION.strategies, validFrom: plan.validFrom });

  const mainOfTheme = new Map<string, string>();
  while (made < target) {
    const editions = Math.min(target - made, rng.chance(0.75) ? 1 : rng.chance(0.7) ? 2 : 3);
    const theme = rng.pick(THEMES);
    const kind = pickWeighted(rng, STRATEGY_KINDS);
    const themed = routeBodies.filter((body) => body.theme === theme);
    const governed = themed.length > 0 && rng.chance(0.7) ? rng.pick(themed) : rng.pick(routeBodies);
    const parent = governed.parents.map((id) => bodyById.get(id)).find((body) => body !== undefined);
    const locality = frame.localities.length > 0 && rng.chance(0.15) ? `${rng.pick(frame.localities).name} ` : "";
    const current = family(
      (s, e) => `${locality}${theme} ${kind.word} ${s}-${e}`, kind.kind, editions, rng.int(2017, 2026),
      (e) => [overlap(e, governed) ? governed : partnershipAt(e), parent ?? top.partnership],
    );
    if (rng.chance(0.4)) b.rel("CONTRIBUTES_TO", current.id, rng.pick(priorities), { section: SECTION.strategies, validFrom: current.validFrom });
    const main = mainOfTheme.get(theme);
    if (main && kind.kind === "ACTION_PLAN") b.rel("PART_OF", current.id, main, { section: SECTION.strategies, validFrom: current.validFrom });
    else if (!main && kind.kind === "STRATEGY") mainOfTheme.set(theme, current.id);
    if (rng.chance(0.08)) b.rel("ENABLES", current.id, plan.id, { section: SECTION.strategies, validFrom: current.validFrom });
    if (main && rng.chance(0.1)) b.rel("ALIGNS_WITH", current.id, main, { section: SECTION.strategies, validFrom: current.validFrom });
  }
}
