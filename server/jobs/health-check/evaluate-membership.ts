/** Rules on who sits on the board: statutory seats, and the breadth of sectors. */
import { count, type Evidence, evidence, listWords, outcome, type RuleContext, type RuleOutcome } from "./rule-kit.ts";
import {
  commissionerKindOn,
  fillersOf,
  HWB_SEATS,
  ICB_FROM,
  LSCB_SEATS,
  type Member,
  MembersRow,
  relevantCommissioners,
  SAFEGUARDING_SEATS,
  type Seat,
  SECTORS,
} from "./membership.ts";

/** Health and Wellbeing Boards became statutory committees on this day (HSCA 2012 s194; shadow boards before). */
export const HWB_STATUTORY_FROM = "2013-04-01";

/**
 * The latest date on which an area's LSCB gave way to its local safeguarding partnership
 * arrangements (Children and Social Work Act 2017); an area that records its own date
 * (Area prop safeguardingPartnersDate) is judged by that date instead.
 */
export const SAFEGUARDING_PARTNERS_DEFAULT_DATE = "2019-09-29";

function describeMember(member: Member): string {
  const posts = member.roles.filter((role) => role.id !== member.entity.id).map((role) => role.name);
  const orgs = member.organisations.filter((o) => o.id !== member.entity.id).map((o) => o.name);
  const extra = [...posts, ...orgs];
  return extra.length > 0 ? `${member.entity.name} (${extra.join("; ")})` : member.entity.name;
}

interface SeatCheck {
  missing: string[];
  partial: string[];
  found: Evidence[];
}

function checkSeats(seats: Seat[], members: Member[]): SeatCheck {
  const result: SeatCheck = { missing: [], partial: [], found: [] };
  for (const seat of seats) {
    const fillers = fillersOf(seat, members);
    const best = fillers[0];
    if (!best) {
      result.missing.push(seat.label);
      result.found.push(evidence(`Missing: ${seat.label}.`));
      continue;
    }
    if (best.fill === "PARTIAL") result.partial.push(seat.label);
    for (const { member, fill } of fillers.filter((f) => f.fill === best.fill)) {
      const how = fill === "FULL" ? "" : " (only through the organisation; the post is not named)";
      result.found.push(evidence(`${seat.label}: ${describeMember(member)}${how}.`, member.entity, member.edge));
    }
  }
  return result;
}

function seatOutcome(check: SeatCheck, law: string): RuleOutcome {
  if (check.missing.length > 0) {
    return outcome("RED", `${law}: missing ${listWords(check.missing)}.`, check.found);
  }
  if (check.partial.length > 0) {
    return outcome("AMBER", `${law}: ${listWords(check.partial)} shown only through an organisation, not the post.`, check.found);
  }
  return outcome("GREEN", `${law}: every statutory seat is filled.`, check.found);
}

export function evaluateHwbMembership(row: unknown, { asOf }: RuleContext): RuleOutcome {
  if (asOf < HWB_STATUTORY_FROM) {
    return outcome("NOT_APPLICABLE", `Statutory membership applies from ${HWB_STATUTORY_FROM} (Health and Social Care Act 2012 s194); before that the board was a shadow board.`);
  }
  const { members, areaCommissioners } = MembersRow.parse(row);
  const check = checkSeats(HWB_SEATS, members);
  // Before 1 July 2022 the law names each relevant clinical commissioning group; from then, the integrated care board.
  const relevant = relevantCommissioners(areaCommissioners, asOf);
  const { words, pattern } = commissionerKindOn(asOf);
  const commissionerSeats: Seat[] =
    relevant.length > 0
      ? relevant.map((ccg) => ({ label: `a representative of ${ccg.name}`, fill: (m: Member) => (m.organisations.some((o) => o.id === ccg.id) ? "FULL" : null) }))
      : [
          {
            label: `a representative of ${words} (none recorded in the area)`,
            fill: (m: Member) =>
              m.organisations.some((o) => o.kind === "NHS_COMMISSIONER" && [o.name, ...(o.aliases ?? [])].some((t) => pattern.test(t))) ? "FULL" : null,
          },
        ];
  const ccgs = checkSeats(commissionerSeats, members);
  const merged = { missing: [...check.missing, ...ccgs.missing], partial: [...check.partial, ...ccgs.partial], found: [...check.found, ...ccgs.found] };
  return seatOutcome(merged, asOf < ICB_FROM ? "Health and Social Care Act 2012 s194" : "Health and Social Care Act 2012 s194 (as amended by the Health and Care Act 2022)");
}

/** The date the area's safeguarding partners took over: its own, or the latest any area had. */
export function safeguardingPartnersFrom(recorded: string | null | undefined): string {
  return recorded ?? SAFEGUARDING_PARTNERS_DEFAULT_DATE;
}

export function evaluateSafeguardingPartners(row: unknown, { asOf }: RuleContext): RuleOutcome {
  const { members, safeguardingPartnersDate } = MembersRow.parse(row);
  const from = safeguardingPartnersFrom(safeguardingPartnersDate);
  if (asOf < from) {
    return seatOutcome(
      checkSeats(LSCB_SEATS, members),
      `The statutory members of a Local Safeguarding Children Board (Children Act 2004 s13; the safeguarding partners took over on ${from})`,
    );
  }
  return seatOutcome(checkSeats(SAFEGUARDING_SEATS, members), `The three safeguarding partners (Children Act 2004 s16E, from ${from})`);
}

export function evaluateSectorBreadth(row: unknown, { board }: RuleContext): RuleOutcome {
  const { members } = MembersRow.parse(row);
  const found: Evidence[] = [];
  const covered: string[] = [];
  for (const { sector, kinds } of SECTORS) {
    const from = members.filter((member) => member.organisations.some((o) => kinds.includes(o.kind ?? "")));
    if (from.length === 0) {
      found.push(evidence(`No member from the ${sector} sector.`));
      continue;
    }
    covered.push(sector);
    for (const member of from) found.push(evidence(`${sector}: ${describeMember(member)}.`, member.entity, member.edge));
  }
  const missing = SECTORS.map((s) => s.sector).filter((s) => !covered.includes(s));
  const status = covered.length >= 4 ? "GREEN" : covered.length >= 2 ? "AMBER" : "RED";
  const lacking = missing.length > 0 ? `; none from ${listWords(missing)}` : "";
  return outcome(status, `${board.name} draws members from ${count(covered.length, "sector")} of ${SECTORS.length}${covered.length > 0 ? ` (${listWords(covered)})` : ""}${lacking}.`, found);
}
