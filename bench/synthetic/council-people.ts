/**
 * People and posts of one synthetic council: who holds the statutory posts
 * (and who held them before), who chairs each body, who sits on it, and which
 * partner organisation each person acts for. A few senior people chair and
 * lead a great deal, as in real partnerships, so overload shows up.
 */
import type { Body, CouncilFrame } from "./council-bodies.ts";
import { addDays, dateBetween, SECTION, window } from "./council-builder.ts";
import { personName } from "./names.ts";

type OrgKey = keyof CouncilFrame["orgs"];

const ROLES: { key: string; name: string; kind: string; org?: OrgKey; board?: "hwb" | "safeguarding" }[] = [
  { key: "dcs", name: "Director of Children's Services", kind: "DIRECTOR", org: "childrens" },
  { key: "dph", name: "Director of Public Health", kind: "DIRECTOR", org: "publicHealth" },
  { key: "dass", name: "Director of Adult Social Services", kind: "DIRECTOR", org: "council" },
  { key: "chief-executive", name: "Chief Executive", kind: "CHIEF_EXECUTIVE", org: "council" },
  { key: "leader", name: "Leader of the Council", kind: "COUNCIL_LEADER", org: "council" },
  { key: "lead-member", name: "Lead Member for Children's Services", kind: "LEAD_MEMBER", org: "council" },
  { key: "cabinet-health", name: "Cabinet Member for Health and Adult Care", kind: "CABINET_MEMBER", org: "council" },
  { key: "hwb-chair", name: "Chair of the Health and Wellbeing Board", kind: "CHAIR", board: "hwb" },
  { key: "scrutineer", name: "Independent Scrutineer of Safeguarding Arrangements", kind: "CHAIR", board: "safeguarding" },
  { key: "head-early-help", name: "Head of Early Help", kind: "OFFICER", org: "childrens" },
  { key: "head-send", name: "Head of SEND", kind: "OFFICER", org: "childrens" },
  { key: "head-commissioning", name: "Head of Children's Commissioning", kind: "OFFICER", org: "childrens" },
  { key: "principal-social-worker", name: "Principal Social Worker", kind: "OFFICER", org: "childrens" },
  { key: "designated-nurse", name: "Designated Nurse for Safeguarding Children", kind: "OFFICER", org: "nhs" },
  { key: "place-director", name: "Place Director", kind: "DIRECTOR", org: "nhs" },
  { key: "superintendent", name: "Superintendent, Public Protection", kind: "OFFICER", org: "police" },
  { key: "healthwatch-chair", name: "Chair of Healthwatch", kind: "CHAIR", org: "healthwatch" },
];

/** Posts whose holders the law puts on a Health and Wellbeing Board (Health and Social Care Act 2012, s194). */
const HWB_STATUTORY = ["dcs", "dph", "dass", "lead-member", "healthwatch-chair", "place-director"];

/** Share of current bodies recorded with no chair. */
export const CHAIR_MISSING_RATE = 0.06;

export interface CouncilPeople {
  people: string[];
  /** The few who chair and lead most: about one in ten. */
  senior: string[];
  roleIds: Map<string, string>;
  holderOf: Map<string, string>;
  /** Current chair (a person or a post) of each current body. */
  chairOf: Map<string, string>;
}

export function buildPeople(frame: CouncilFrame, sizeFactor: number): CouncilPeople {
  const { b, orgs } = frame;
  const { rng } = b;
  const count = Math.round(300 * sizeFactor);
  const orgWeights: OrgKey[] = ["council", "childrens", "childrens", "childrens", "publicHealth", "nhs", "nhs", "provider", "police", "schools", "voluntary", "fire", "healthwatch"];
  const people: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = b.node({ id: b.id("person", `p${i}`), label: "Person", name: personName(rng), area: frame.areaId, section: SECTION.membership, validFrom: dateBetween(rng, "2008-01-01", "2024-12-31") });
    people.push(id);
    if (rng.chance(0.85)) b.rel("REPRESENTS", id, orgs[rng.pick(orgWeights)], { section: SECTION.membership, validFrom: "2008-01-01" });
  }
  const senior = people.slice(0, Math.max(10, Math.round(count / 10)));

  const roleIds = new Map<string, string>();
  const holderOf = new Map<string, string>();
  for (const role of ROLES) {
    const id = b.node({ id: b.id("role", role.key), label: "Role", name: role.name, kind: role.kind, area: frame.areaId, section: SECTION.roles, validFrom: "2008-01-01" });
    roleIds.set(role.key, id);
    const owner = role.board ? frame.top[role.board].id : orgs[role.org as OrgKey];
    b.rel("ROLE_IN", id, owner, { section: SECTION.roles, validFrom: "2008-01-01" });
    const since = dateBetween(rng, "2015-01-01", "2025-06-30");
    const holder = rng.pick(senior);
    holderOf.set(role.key, holder);
    b.rel("HOLDS_ROLE", holder, id, { section: SECTION.roles, validFrom: since });
    if (rng.chance(0.5)) b.rel("HOLDS_ROLE", rng.pick(people), id, { section: SECTION.history, ...window(dateBetween(rng, "2008-01-01", addDays(since, -200)), since) });
  }

  const chairOf = new Map<string, string>();
  for (const body of frame.layers.flat()) {
    const members = new Set(rng.sample(people, memberCount(body, rng.int(0, 6))));
    const chair = chooseChair(frame, body, roleIds, holderOf, senior);
    if (chair) {
      chairOf.set(body.id, chair);
      const since = dateBetween(rng, body.validFrom, "2025-06-30");
      b.rel("CHAIRS", chair, body.id, { section: SECTION.membership, validFrom: since });
      if (chair.startsWith("person-")) members.add(chair);
      // About a third of bodies record the chair before the current one.
      if (since > addDays(body.validFrom, 60) && rng.chance(0.3)) b.rel("CHAIRS", rng.pick(senior), body.id, { section: SECTION.history, ...window(body.validFrom, since) });
    }
    if (body.id === frame.top.hwb.id) {
      // Statutory membership is usually complete; one board in twenty misses a statutory member.
      const missing = rng.chance(0.05) ? rng.pick(HWB_STATUTORY) : undefined;
      for (const key of HWB_STATUTORY) if (key !== missing) members.add(holderOf.get(key) as string);
    }
    for (const member of members) {
      const left = rng.chance(0.1) ? addDays(b.referenceDate, -rng.int(30, 900)) : undefined;
      const since = dateBetween(rng, body.validFrom, left ? addDays(left, -30) : "2025-06-30");
      b.rel("MEMBER_OF", member, body.id, { section: SECTION.membership, ...window(since, left && left > since ? left : undefined) });
    }
    if (body.layer === 1) {
      for (const org of rng.sample(Object.values(orgs), rng.int(4, 8))) b.rel("MEMBER_OF", org, body.id, { section: SECTION.membership, validFrom: body.validFrom });
    }
  }
  return { people, senior, roleIds, holderOf, chairOf };
}

function memberCount(body: Body, jitter: number): number {
  if (body.layer <= 1) return 10 + jitter;
  if (body.layer === 2) return 8 + jitter;
  return 4 + jitter;
}

function chooseChair(frame: CouncilFrame, body: Body, roleIds: Map<string, string>, holderOf: Map<string, string>, senior: string[]): string | undefined {
  const { rng } = frame.b;
  if (body.layer > 0 && rng.chance(CHAIR_MISSING_RATE)) return undefined;
  if (body.id === frame.top.hwb.id) return rng.chance(0.4) ? roleIds.get("hwb-chair") : holderOf.get("hwb-chair");
  if (body.id === frame.top.safeguarding.id) return rng.chance(0.4) ? roleIds.get("scrutineer") : holderOf.get("scrutineer");
  return rng.pick(senior);
}
