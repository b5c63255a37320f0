import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datePages } from "./date-pages.ts";
import { decodeEntities } from "./decode-entities.ts";
import { inferBoardKind } from "./infer-kind.ts";
import { splitRepresenting, standingOf } from "./map-committee.ts";
import { moderngovDate, parseAnswer, parseCommittees, parseCouncillors, parseMeeting, parseMeetings } from "./parse-answers.ts";
import { parseCommitteePage } from "./parse-committee-page.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/moderngov/wrenfield/${name}`, import.meta.url), "utf8");

describe("reading ModernGov's answers", () => {
  it("reads committees, decoding the second layer of entities", () => {
    const committees = parseCommittees(parseAnswer(fixture("GetCommittees.xml"), "GetCommittees"));
    expect(committees).toEqual([
      { id: "101", title: "Wrenfield Health and Wellbeing Board", category: "Partnership boards", deleted: false, expired: false },
      { id: "102", title: "Adults' Social Care Scrutiny Committee", category: null, deleted: false, expired: false },
      { id: "104", title: "Wrenfield and Oakmere Joint Liaison Panel", category: "Joint arrangements", deleted: false, expired: true },
    ]);
  });

  it("unwraps a SOAP answer to the same document as the GET answer", () => {
    const bare = fixture("GetCommittees.xml").replace(/^<\?xml[^>]*\?>\s*/, "");
    const soap = `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetCommitteesResponse xmlns="http://moderngov.co.uk/namespaces"><GetCommitteesResult>${bare}</GetCommitteesResult></GetCommitteesResponse></soap:Body></soap:Envelope>`;
    expect(parseCommittees(parseAnswer(soap, "GetCommittees"))).toEqual(parseCommittees(parseAnswer(fixture("GetCommittees.xml"), "GetCommittees")));
  });

  it("reads attendees given as attributes and as child elements alike", () => {
    const byAttributes = parseMeeting(parseAnswer(fixture("GetMeeting-7001.xml"), "GetMeeting"), "7001");
    const byElements = parseMeeting(parseAnswer(fixture("GetMeeting-7002.xml"), "GetMeeting"), "7002");
    expect(byAttributes.date).toBe("2025-01-14");
    expect(byAttributes.attendees[2]).toEqual({ memberId: "2003", name: "Councillor Cerys O'Halloran", role: "Committee Member", attendance: "Present", representing: "", keyPosts: "", party: "Labour" });
    expect(byElements.attendees.find((attendee) => attendee.memberId === "2004")).toMatchObject({ representing: "Director of Public Health, Wrenfield and Oakmere Integrated Care Board" });
  });

  it("reads meetings with their dd/mm/yyyy dates", () => {
    expect(parseMeetings(parseAnswer(fixture("GetMeetings-101.xml"), "GetMeetings")).map((meeting) => `${meeting.id} ${meeting.date} ${meeting.status}`)).toEqual([
      "7001 2025-01-14 confirmed",
      "7002 2025-06-10 confirmed",
      "7005 2025-09-16 cancelled",
      "7003 2026-01-14 confirmed",
    ]);
    expect(moderngovDate("14/01/2026 19:00:00")).toBe("2026-01-14");
    expect(() => moderngovDate("31/02/2026")).toThrow(/not a calendar date/);
  });

  it("keeps a councillor's name, party and key posts, and nothing of their contact details", () => {
    const councillors = parseCouncillors(parseAnswer(fixture("GetCouncillorsByWard.xml"), "GetCouncillorsByWard"));
    expect(councillors[0]).toEqual({ id: "2001", name: "Aurelia Thorncastle", party: "Wrenfield Independents", keyPosts: "Leader of the Council" });
    expect(JSON.stringify(councillors)).not.toMatch(/@|01632|07700|Lantern|jpg|WF\d/);
  });

  it("refuses an empty answer, an HTML page, malformed XML and another document, saying which", () => {
    expect(() => parseAnswer("  ", "GetCommittees")).toThrow("the answer was empty");
    expect(() => parseAnswer("<!DOCTYPE html><html><body>Error</body></html>", "GetCommittees")).toThrow("an HTML page came back where XML was expected");
    expect(() => parseAnswer("<committees>\n<committee></committees>", "GetCommittees")).toThrow(/malformed XML at line 2/);
    expect(() => parseCommittees(parseAnswer("<getmeetings />", "GetCommittees"))).toThrow("expected <committees>");
  });

  it("decodes numeric and named entities once", () => {
    expect(decodeEntities("O&#39;Halloran &amp; Co &#x2019; &unknown;")).toBe("O'Halloran & Co \u2019 &unknown;");
  });
});

describe("reading the committee details page", () => {
  it("finds the purpose and the members with the role in brackets", () => {
    const page = parseCommitteePage(fixture("mgCommitteeDetails-101.html"));
    expect(page.purpose).toMatch(/^The Board brings together .* Wrenfield & Oakmere .* It oversees the Joint Health and Wellbeing Strategy\.$/);
    expect(page.members).toEqual([
      { memberId: "2002", name: "Benedict Ormsby", role: "Chair" },
      { memberId: "2003", name: "Cerys O'Halloran", role: "Vice-Chair" },
      { memberId: "2001", name: "Aurelia Thorncastle", role: "Member" },
      { memberId: "2004", name: "Dr Esme Quarrington", role: "Member" },
      { memberId: "2008", name: "Ines Farrowdale", role: "Co-opted Member" },
    ]);
  });

  it("gives nothing for a page without those sections", () => {
    expect(parseCommitteePage("<html><body><h1>Committee</h1><p>No details.</p></body></html>")).toEqual({ purpose: null, members: [] });
  });
});

describe("mapping rules", () => {
  it("tells members from those who only attend", () => {
    expect(standingOf({ role: "Chair", attendance: "Present" })).toBe("CHAIR");
    expect(standingOf({ role: "Chairman", attendance: "Apologies" })).toBe("CHAIR");
    expect(standingOf({ role: "Vice-Chair", attendance: "Present" })).toBe("VICE_CHAIR");
    expect(standingOf({ role: "Committee Member", attendance: "Apologies" })).toBe("MEMBER");
    expect(standingOf({ role: "Officer", attendance: "Present" })).toBe("NOT_MEMBER");
    expect(standingOf({ role: "Substitute", attendance: "Present" })).toBe("NOT_MEMBER");
    expect(standingOf({ role: "Committee Member", attendance: "Present as substitute" })).toBe("NOT_MEMBER");
  });

  it("infers a board's kind from its title or category and says why", () => {
    expect(inferBoardKind("Health and Wellbeing Board", null)).toEqual({ kind: "HEALTH_AND_WELLBEING_BOARD", reason: 'title "Health and Wellbeing Board" contains "Health and Wellbeing Board"' });
    expect(inferBoardKind("Health Overview and Scrutiny Committee", null).kind).toBe("SCRUTINY_COMMITTEE");
    expect(inferBoardKind("Oakmere Group", "Partnership boards").kind).toBe("STRATEGIC_PARTNERSHIP");
    expect(inferBoardKind("Licensing", null).kind).toBe("CABINET_OR_COMMITTEE");
  });

  it("splits what a member represents into post and organisation", () => {
    expect(splitRepresenting("Director of Public Health, Wrenfield ICB")).toEqual({ post: "Director of Public Health", organisation: "Wrenfield ICB" });
    expect(splitRepresenting("Healthwatch Wrenfield")).toEqual({ post: null, organisation: "Healthwatch Wrenfield" });
    expect(splitRepresenting("  ")).toBeNull();
  });

  it("pages a date range by months", () => {
    expect(datePages("2025-01-01", "2025-08-15", 3)).toEqual([
      ["2025-01-01", "2025-03-31"],
      ["2025-04-01", "2025-06-30"],
      ["2025-07-01", "2025-08-15"],
    ]);
  });
});
