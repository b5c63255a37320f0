/**
 * Terms of reference and recorded health checks of a synthetic council's
 * bodies. Most current bodies have terms; some are overdue for review, some
 * are undated, about one in eight bodies has none, and some terms name a body
 * of accountability or a chair that the graph does not show.
 */
import type { Body, CouncilFrame } from "./council-bodies.ts";
import { addDays, dateBetween, SECTION, toDay, window } from "./council-builder.ts";

/** Share of current bodies with no terms of reference at all. */
export const TOR_MISSING_RATE = 0.12;
/** Share of terms whose review date has passed on the reference date. */
export const TOR_OVERDUE_RATE = 0.25;

const PURPOSES = [
  "To lead and hold partners to account for improving outcomes for children and young people.",
  "To oversee delivery of the agreed strategy and report progress and risks upward.",
  "To coordinate the work of partner agencies and agree shared priorities.",
  "To assure the quality and effectiveness of multi-agency practice.",
];

/** Terms of every current body bar about one in eight; chairs are known once people exist. */
export function buildTermsOfReference(frame: CouncilFrame, chairOf: Map<string, string>): void {
  const { b } = frame;
  const { rng, referenceDate } = b;
  const memberOrgs = organisationsOnBodies(frame);
  for (const body of frame.layers.flat()) {
    if (rng.chance(TOR_MISSING_RATE)) continue;
    const roll = rng.next();
    // Review dates: a quarter passed, a tenth within 90 days, the rest later; a few terms give none.
    let reviewDue =
      roll < TOR_OVERDUE_RATE ? addDays(referenceDate, -rng.int(1, 700))
      : roll < TOR_OVERDUE_RATE + 0.1 ? addDays(referenceDate, rng.int(0, 89))
      : roll < 0.97 ? addDays(referenceDate, rng.int(90, 1100))
      : undefined;
    // Terms are adopted after the body began and before the reference date; a review date never precedes adoption.
    const adoptedOn = reviewDue ? clamp(addDays(reviewDue, -rng.int(365, 1095)), body.validFrom, addDays(referenceDate, -30)) : undefined;
    if (reviewDue && adoptedOn && reviewDue < adoptedOn) reviewDue = addDays(adoptedOn, 365);
    const earlier = adoptedOn && toDay(adoptedOn) - toDay(body.validFrom) > 800 && rng.chance(0.35);
    const version = earlier ? 2 : 1;
    const chair = chairOf.get(body.id);
    const parent = body.parents[0];
    const torId = b.id("tor", `${body.id.split("-").slice(2).join("-")}-v${version}`);
    b.node({
      id: torId,
      label: "TermsOfReference",
      name: `Terms of reference of the ${body.name}`,
      area: body.area,
      section: SECTION.tor,
      ...window(adoptedOn ?? body.validFrom),
      props: {
        version,
        purpose: rng.pick(PURPOSES),
        quorum: rng.int(3, 6),
        meetingFrequency: rng.pick(["monthly", "six-weekly", "bi-monthly", "quarterly"]),
        ...(adoptedOn ? { adoptedOn } : {}),
        ...(reviewDue ? { reviewDue } : {}),
        ...(chair && rng.chance(0.95) ? { chair } : {}),
        ...accountableTo(frame, body, parent),
        ...requiredMembers(frame, body, memberOrgs.get(body.id)),
        ...(roll < TOR_OVERDUE_RATE && rng.chance(0.3) ? { status: "under review" } : {}),
      },
    });
    b.rel("HAS_TERMS_OF_REFERENCE", body.id, torId, { section: SECTION.tor, validFrom: adoptedOn ?? body.validFrom });
    if (earlier && adoptedOn) {
      const oldFrom = dateBetween(rng, body.validFrom, addDays(adoptedOn, -400));
      const oldId = b.id("tor", `${body.id.split("-").slice(2).join("-")}-v1`);
      b.node({
        id: oldId, label: "TermsOfReference", name: `Terms of reference of the ${body.name} (first version)`, area: body.area, section: SECTION.history,
        ...window(oldFrom, adoptedOn), props: { version: 1, adoptedOn: oldFrom, reviewDue: addDays(oldFrom, 365), quorum: rng.int(3, 6) },
      });
      b.rel("HAS_TERMS_OF_REFERENCE", body.id, oldId, { section: SECTION.history, ...window(oldFrom, adoptedOn) });
      b.rel("REPLACES", torId, oldId, { section: SECTION.history, validFrom: adoptedOn });
    }
  }
}

/**
 * The terms usually name the body the graph shows; one in thirty names another body (a discrepancy).
 * Seed props hold no lists, so ids are written as text, as the seeds of real terms write them.
 */
function accountableTo(frame: CouncilFrame, body: Body, parent: string | undefined): { accountableTo?: string } {
  const { rng } = frame.b;
  if (body.layer === 0) return {};
  if (rng.chance(1 / 30)) return { accountableTo: rng.pick(frame.layers[Math.max(body.layer - 2, 0)] as Body[]).id };
  return parent ? { accountableTo: parent } : {};
}

/** Partner organisations the upper bodies' terms require; one in twenty names a partner that does not sit on the body. */
function requiredMembers(frame: CouncilFrame, body: Body, present: Set<string> | undefined): { membership?: string } {
  const { rng } = frame.b;
  if (body.layer > 2 || !present || present.size === 0) return {};
  const required = rng.sample([...present], rng.int(2, 4));
  if (rng.chance(0.05)) required.push(rng.pick(Object.values(frame.orgs)));
  return { membership: `Representatives of ${[...new Set(required)].join(", ")}` };
}

/** The organisations each body has as members, directly or through a member who represents them. */
function organisationsOnBodies(frame: CouncilFrame): Map<string, Set<string>> {
  const represents = new Map<string, string>();
  for (const rel of frame.b.relationships) if (rel.type === "REPRESENTS") represents.set(rel.from, rel.to);
  const onBody = new Map<string, Set<string>>();
  for (const rel of frame.b.relationships) {
    if (rel.type !== "MEMBER_OF" || rel.validTo) continue;
    const org = rel.from.startsWith("org-") ? rel.from : represents.get(rel.from);
    if (!org) continue;
    const set = onBody.get(rel.to) ?? new Set<string>();
    set.add(org);
    onBody.set(rel.to, set);
  }
  return onBody;
}

function clamp(date: string, floor: string, ceiling: string): string {
  if (date > ceiling) return ceiling < floor ? floor : ceiling;
  return date < floor ? floor : date;
}

/** Health checks recorded for the partnerships and some programme boards, as 001 (3.18-3.19) records them. */
export function buildHealthChecks(frame: CouncilFrame): void {
  const { b } = frame;
  const candidates = frame.layers.slice(1, 4).flat().filter((body) => body.layer <= 2 || b.rng.chance(0.15));
  for (const body of candidates) {
    if (!b.rng.chance(0.6)) continue;
    const date = dateBetween(b.rng, body.validFrom > "2014-01-01" ? body.validFrom : "2014-01-01", b.referenceDate);
    const id = b.id("healthcheck", `${body.id.split("-").slice(2).join("-")}-${date.slice(0, 4)}`);
    b.node({
      id, label: "HealthCheck", name: `${body.name} health check, ${date.slice(0, 7)}`, area: body.area, section: SECTION.healthChecks, validFrom: date,
      props: { date, status: b.rng.pick(["completed", "completed", "actions agreed", "planned"]) },
    });
    b.rel("HAD_HEALTH_CHECK", body.id, id, { section: SECTION.healthChecks, validFrom: date });
  }
}
