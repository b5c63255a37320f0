import type { FixtureSource } from "../../test/support/fake-moderngov.ts";

/**
 * A made-up council as a ModernGov site would answer for it: `committees`
 * committees with `meetings` meetings each (one a month from 2022), a dozen
 * attendees per meeting drawn from a pool of councillors, a chair who changes
 * every twenty meetings, an officer at each meeting, and contact details in
 * the councillor answers (which the sync must drop). Deterministic.
 */
export function generatedCouncil(committees: number, meetings: number): FixtureSource {
  const councillorCount = Math.max(60, Math.ceil(committees / 2));
  const names = Array.from({ length: councillorCount }, (_, index) => `Member${index + 1} Benchley`);
  const meetingDate = (index: number) => {
    const date = new Date(Date.UTC(2022, 0, 10));
    date.setUTCDate(date.getUTCDate() + index * 21);
    return date.toISOString().slice(0, 10);
  };
  const british = (iso: string) => iso.split("-").reverse().join("/");
  const meetingId = (committee: number, index: number) => committee * 1000 + index;
  const seat = (committee: number, offset: number) => 1 + ((committee * 7 + offset) % councillorCount);

  return (operation, params) => {
    if (operation === "GetCommittees") {
      const rows = Array.from({ length: committees }, (_, index) => {
        const id = index + 1;
        const title = ["Health and Wellbeing Board", "Scrutiny Committee", "Planning Committee", "Partnership Board", "Working Group"][id % 5];
        return `<committee><committeeid>${id}</committeeid><committeetitle>Bench ${title} ${id}</committeetitle><committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>`;
      });
      return `<?xml version="1.0" encoding="utf-8"?><committees>${rows.join("")}</committees>`;
    }
    if (operation === "GetCouncillorsByWard") {
      const rows = names.map(
        (name, index) =>
          `<councillor><councillorid>${index + 1}</councillorid><fullusername>Councillor ${name}</fullusername><politicalpartytitle>Party ${index % 4}</politicalpartytitle><keyposts /><workaddress><email>member${index + 1}@bench.example</email><phone>01632 96${String(index).padStart(4, "0")}</phone></workaddress></councillor>`,
      );
      return `<?xml version="1.0" encoding="utf-8"?><councillorsbyward><wards><ward><wardtitle>Benchside</wardtitle><councillors>${rows.join("")}</councillors></ward></wards></councillorsbyward>`;
    }
    if (operation === "GetMeetings") {
      const committee = Number(params.lCommitteeId);
      const from = (params.sFromDate ?? "").split("/").reverse().join("-");
      const to = (params.sToDate ?? "").split("/").reverse().join("-");
      const rows = Array.from({ length: meetings }, (_, index) => index)
        .filter((index) => meetingDate(index) >= from && meetingDate(index) <= to)
        .map((index) => `<meeting><meetingid>${meetingId(committee, index)}</meetingid><meetingdate>${british(meetingDate(index))}</meetingdate><meetingstatus>confirmed</meetingstatus></meeting>`);
      return `<?xml version="1.0" encoding="utf-8"?><getmeetings><committee><committeeid>${committee}</committeeid><committeemeetings>${rows.join("")}</committeemeetings></committee></getmeetings>`;
    }
    if (operation === "GetMeeting") {
      const id = Number(params.lMeetingId);
      const committee = Math.floor(id / 1000);
      const index = id % 1000;
      const chair = seat(committee, Math.floor(index / 20));
      const attendees = [
        `<attendee memberid="${chair}" name="Councillor ${names[chair - 1]}" roledescription="Chair" attendance="Present" representing="" keyposts="" politicalparty="" />`,
        ...Array.from({ length: 10 }, (_, offset) => seat(committee, 3 + offset))
          .filter((member) => member !== chair)
          .map((member) => `<attendee memberid="${member}" name="Councillor ${names[member - 1]}" roledescription="Committee Member" attendance="${(index + member) % 7 === 0 ? "Apologies" : "Present"}" representing="" keyposts="" politicalparty="" />`),
        `<attendee memberid="90000" name="Olive Officer" roledescription="Officer" attendance="Present" representing="" keyposts="" politicalparty="" />`,
      ];
      return `<?xml version="1.0" encoding="utf-8"?><getmeeting><meeting><meetingid>${id}</meetingid><meetingdate>${british(meetingDate(index))}</meetingdate><meetingstatus>confirmed</meetingstatus><committeeid>${committee}</committeeid><attendees>${attendees.join("")}</attendees></meeting></getmeeting>`;
    }
    return null;
  };
}
