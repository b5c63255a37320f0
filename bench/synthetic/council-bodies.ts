/**
 * The area, partner organisations and bodies of one synthetic council: a
 * Health and Wellbeing Board at the top, then strategic partnerships and the
 * safeguarding partnership, executive groups and locality partnerships,
 * programme boards, working groups and delivery groups (four to six layers),
 * with the predecessors they replaced, about 5% of bodies without an upward
 * line, and one or two accountability cycles.
 */
import { addDays, type CouncilBuilder, dateBetween, SECTION, window } from "./council-builder.ts";
import { LOCALITY_NAMES, THEMES, WORKING_GROUP_TOPICS } from "./names.ts";

export interface Body {
  id: string;
  name: string;
  kind: string;
  layer: number;
  area: string;
  validFrom: string;
  validTo?: string;
  theme?: string;
  /** Bodies it has an upward line to (empty for a top body or a gap). */
  parents: string[];
}

export interface CouncilFrame {
  b: CouncilBuilder;
  name: string;
  areaId: string;
  localities: { id: string; name: string }[];
  orgs: Record<"council" | "childrens" | "publicHealth" | "nhs" | "provider" | "police" | "fire" | "schools" | "voluntary" | "healthwatch", string>;
  /** Every body, current and former. */
  bodies: Body[];
  /** Current bodies by layer (0 = Health and Wellbeing Board, cabinet, scrutiny). */
  layers: Body[][];
  top: { hwb: Body; cabinet: Body; partnership: Body; safeguarding: Body };
}

/** Share of bodies below the top that have no upward line: a gap users must see. */
export const BODY_GAP_RATE = 0.05;

export function buildBodies(b: CouncilBuilder, name: string, sizeFactor: number, isCounty: boolean, depth: number): CouncilFrame {
  const { rng } = b;
  const areaId = b.node({ id: b.id("area", "main"), label: "Area", name, kind: isCounty ? "COUNTY" : "UNITARY_AUTHORITY", section: SECTION.areas, validFrom: "2008-01-01" });
  const localities = rng.sample(LOCALITY_NAMES, isCounty ? rng.int(3, 5) : rng.int(0, 2)).map((locality, index) => {
    const id = b.node({ id: b.id("area", `l${index + 1}`), label: "Area", name: `${locality} ${name}`, kind: "LOCALITY", area: areaId, section: SECTION.areas, validFrom: "2008-01-01" });
    b.rel("PART_OF", id, areaId, { section: SECTION.areas, validFrom: "2008-01-01" });
    return { id, name: `${locality} ${name}` };
  });

  const org = (key: string, orgName: string, kind: string, validFrom = "2008-01-01", validTo?: string) =>
    b.node({ id: b.id("org", key), label: "Organisation", name: orgName, kind, area: areaId, section: SECTION.organisations, ...window(validFrom, validTo) });
  const council = org("council", `${name} Council`, "COUNCIL");
  const orgs = {
    council,
    childrens: org("childrens", `${name} Children's Services`, "COUNCIL_DEPARTMENT"),
    publicHealth: org("public-health", `${name} Public Health`, "COUNCIL_DEPARTMENT"),
    nhs: org("icb", `${name} Integrated Care Board`, "NHS_COMMISSIONER", "2022-07-01"),
    provider: org("nhs-trust", `${name} Community Health NHS Trust`, "NHS_PROVIDER"),
    police: org("police", `${name} Police`, "POLICE"),
    fire: org("fire", `${name} Fire and Rescue Service`, "FIRE_AND_RESCUE"),
    schools: org("schools", `${name} Schools Forum`, "SCHOOL_OR_COLLEGE_BODY"),
    voluntary: org("cvs", `${name} Council for Voluntary Service`, "VOLUNTARY_BODY"),
    healthwatch: org("healthwatch", `Healthwatch ${name}`, "PUBLIC_BODY", "2013-04-01"),
  };
  // Clinical commissioning groups gave way to integrated care boards on 1 July 2022.
  const ccg = org("ccg", `${name} Clinical Commissioning Group`, "NHS_COMMISSIONER", "2013-04-01", "2022-07-01");
  b.rel("REPLACES", orgs.nhs, ccg, { section: SECTION.history, validFrom: "2022-07-01" });
  b.rel("PART_OF", orgs.childrens, council, { section: SECTION.organisations, validFrom: "2008-01-01" });
  b.rel("PART_OF", orgs.publicHealth, council, { section: SECTION.organisations, validFrom: "2013-04-01" });

  const bodies: Body[] = [];
  const layers: Body[][] = [[], [], [], [], [], []];
  const body = (key: string, bodyName: string, kind: string, layer: number, validFrom: string, extra: Partial<Body> = {}): Body => {
    const made: Body = { id: b.id("board", key), name: bodyName, kind, layer, area: areaId, validFrom, parents: [], ...extra };
    b.node({
      id: made.id, label: "Board", name: made.name, kind, area: made.area, section: SECTION.structure, ...window(validFrom, made.validTo),
      props: { meetingFrequency: rng.pick(["monthly", "six-weekly", "bi-monthly", "quarterly"]) },
    });
    bodies.push(made);
    if (!made.validTo) layers[layer]?.push(made);
    return made;
  };
  const line = (child: Body, parent: Body, type: "ACCOUNTABLE_TO" | "REPORTS_TO" = rng.chance(0.8) ? "ACCOUNTABLE_TO" : "REPORTS_TO") => {
    const validFrom = child.validFrom > parent.validFrom ? child.validFrom : parent.validFrom;
    const ends = [child.validTo, parent.validTo].filter((d): d is string => d !== undefined).sort();
    if (b.rel(type, child.id, parent.id, window(validFrom, ends[0]))) child.parents.push(parent.id);
  };

  const hwb = body("hwb", `${name} Health and Wellbeing Board`, "HEALTH_AND_WELLBEING_BOARD", 0, "2013-04-01");
  const cabinet = body("cabinet", `${name} Council Cabinet`, "CABINET_OR_COMMITTEE", 0, "2008-01-01");
  const scrutiny = body("scrutiny", `${name} People Scrutiny Committee`, "SCRUTINY_COMMITTEE", 0, "2008-01-01");
  b.rel("PART_OF", cabinet.id, council, { validFrom: "2008-01-01" });
  b.rel("OVERSEEN_BY", hwb.id, scrutiny.id, { validFrom: hwb.validFrom });

  // The Children's Trust and the LSCB are the bodies of earlier editions, replaced in 2011 and 2019.
  const trustEnd = dateBetween(rng, "2010-09-01", "2011-12-31");
  const trust = body("childrens-trust", `${name} Children's Trust Board`, "CHILDRENS_TRUST", 1, "2008-04-01", { validTo: trustEnd });
  line(trust, cabinet, "REPORTS_TO");
  const partnership = body("cyp-partnership", `${name} Children and Young People's Strategic Partnership`, "STRATEGIC_PARTNERSHIP", 1, trustEnd);
  b.rel("REPLACES", partnership.id, trust.id, { section: SECTION.history, validFrom: trustEnd });
  const lscb = body("lscb", `${name} Local Safeguarding Children Board`, "SAFEGUARDING_BOARD", 1, "2008-04-01", { validTo: "2019-09-29" });
  const safeguarding = body("safeguarding", `${name} Safeguarding Children Partnership`, "SAFEGUARDING_BOARD", 1, "2019-09-29");
  b.rel("REPLACES", safeguarding.id, lscb.id, { section: SECTION.history, validFrom: "2019-09-29" });
  const csp = body("csp", `${name} Community Safety Partnership`, "COMMUNITY_SAFETY_PARTNERSHIP", 1, "2008-01-01");
  b.rel("SITS_ALONGSIDE", safeguarding.id, partnership.id, { validFrom: safeguarding.validFrom });
  for (const child of [partnership, safeguarding, csp]) if (!rng.chance(BODY_GAP_RATE)) line(child, hwb);
  line(lscb, trust, "REPORTS_TO");

  const executive = body("cyp-executive", `${name} Children's Partnership Executive`, "EXECUTIVE_OR_MANAGEMENT_TEAM", 2, trustEnd);
  const sgExecutive = body("safeguarding-executive", `${name} Safeguarding Partnership Executive`, "EXECUTIVE_OR_MANAGEMENT_TEAM", 2, "2019-09-29");
  const commissioning = body("joint-commissioning", `${name} Joint Commissioning Group`, "COMMISSIONING_GROUP", 2, dateBetween(rng, "2011-01-01", "2016-12-31"));
  const upperParent = new Map([[executive.id, partnership], [sgExecutive.id, safeguarding], [commissioning.id, partnership]]);
  for (const group of [executive, sgExecutive, commissioning]) if (!rng.chance(BODY_GAP_RATE)) line(group, upperParent.get(group.id) as Body);
  localities.forEach((locality, index) => {
    const board = body(`locality-${index + 1}`, `${locality.name} Children's Partnership`, "LOCALITY_PARTNERSHIP", 2, dateBetween(rng, "2011-01-01", "2015-12-31"), { area: locality.id });
    if (!rng.chance(BODY_GAP_RATE)) line(board, partnership);
  });

  // Below the fixed upper layers, about 60 bodies in all are shared among one to three lower layers.
  const fixed = bodies.length;
  const lower = Math.max(depth - 3, 1);
  const weights = [1, 1.6, 1.3].slice(0, lower);
  const remaining = Math.max(Math.round(60 * sizeFactor) - fixed, lower * 3);
  const counts = weights.map((w) => Math.max(2, Math.round((remaining * w) / weights.reduce((s, x) => s + x, 0))));
  const themes = rng.sample(THEMES, THEMES.length);
  const lowerKinds = ["PROGRAMME_BOARD", "WORKING_GROUP", "DELIVERY_GROUP"];
  counts.forEach((count, offset) => {
    const layer = 3 + offset;
    for (let i = 0; i < count; i++) {
      const parents = layers[layer - 1] as Body[];
      const parent = rng.pick(parents);
      const theme = layer === 3 ? (themes[i % themes.length] as string) : (parent.theme ?? rng.pick(THEMES));
      const locality = layer === 5 && localities.length > 0 ? rng.pick(localities) : undefined;
      const bodyName =
        layer === 3 ? `${name} ${theme} Programme Board${i >= themes.length ? ` ${i + 1}` : ""}`
        : layer === 4 ? `${theme} ${rng.pick(WORKING_GROUP_TOPICS)} Working Group ${i + 1}`
        : `${locality ? `${locality.name} ` : ""}${theme} Delivery Group ${i + 1}`;
      const validFrom = dateBetween(rng, parent.validFrom > "2012-01-01" ? parent.validFrom : "2012-01-01", "2025-06-30");
      const made = body(`${["pb", "wg", "dg"][offset]}-${i + 1}`, bodyName, lowerKinds[offset] as string, layer, validFrom, { theme, ...(locality ? { area: locality.id } : {}) });
      if (!rng.chance(BODY_GAP_RATE)) line(made, parent);
      if (rng.chance(0.1)) line(made, rng.pick(layers[layer - 1] as Body[]), "REPORTS_TO");
      // One in ten lower bodies replaced a steering group of an earlier edition.
      if (rng.chance(0.1)) {
        const before = body(`${["pb", "wg", "dg"][offset]}-${i + 1}-former`, `${theme} Steering Group ${i + 1}`, lowerKinds[offset] as string, layer, dateBetween(rng, "2009-01-01", addDays(validFrom, -400)), { theme, validTo: validFrom });
        line(before, before.validFrom < trustEnd ? trust : parent);
        b.rel("REPLACES", made.id, before.id, { section: SECTION.history, validFrom });
      }
    }
  });
  addCycles(b, layers);
  return { b, name, areaId, localities, orgs, bodies, layers: layers.filter((l) => l.length > 0), top: { hwb, cabinet, partnership, safeguarding } };
}

/** One accountability cycle per council, two in every third: a data error the chain walk must survive. */
function addCycles(b: CouncilBuilder, layers: Body[][]): void {
  const candidates = layers.slice(3).flat().filter((body) => body.parents.length > 0);
  const wanted = b.index % 3 === 0 ? 2 : 1;
  for (const child of b.rng.sample(candidates, wanted)) {
    const parentId = child.parents[0] as string;
    b.rel("ACCOUNTABLE_TO", parentId, child.id, { validFrom: child.validFrom, description: "Stated in both bodies' papers: each names the other as the body it is accountable to." });
  }
}
