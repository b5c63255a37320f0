import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { searchTextFor } from "../../server/domain/search-text.ts";
import { pinToday } from "../../server/graph/clock.ts";
import { createAuthTestApp, jwtHeaders } from "../support/auth-headers.ts";
import { type FakeModernGov, fixtureFolders, startFakeModernGov } from "../support/fake-moderngov.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { graphql } from "../support/test-app.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/moderngov/wrenfield/", import.meta.url));
const LATER = fileURLToPath(new URL("../fixtures/moderngov/wrenfield-later/", import.meta.url));

const START = /* GraphQL */ `
  mutation Start($baseUrl: String!, $areaId: ID, $from: Date, $dryRun: Boolean) {
    importFromModernGov(baseUrl: $baseUrl, areaId: $areaId, from: $from, dryRun: $dryRun) { id state dryRun areaId }
  }
`;
const START_DEFAULT = /* GraphQL */ `
  mutation Start($baseUrl: String!) { importFromModernGov(baseUrl: $baseUrl) { id state dryRun } }
`;
const SYNC = /* GraphQL */ `
  query Sync($id: ID!) {
    modernGovSync(id: $id) {
      id state dryRun areaId readOn committeesTotal committeesDone place stoppedAt error errorCode requestedBy
      report {
        noChanges summary areaId areaCreated committees committeesSkipped meetingsRead requests nonMemberAttendances resumedFrom
        added { what id description source } ended { what id description source } changed { what id description source }
        notSeenSince { personId personName boardId lastEvidencedOn notSeenSince }
        proposedMatches { personId personName candidateId candidateName }
        inferredKinds { boardId name kind reason }
      }
    }
  }
`;

interface Change {
  what: string;
  id: string;
  description: string;
  source: string | null;
}
interface SyncAnswer {
  id: string;
  state: string;
  dryRun: boolean;
  areaId: string;
  committeesTotal: number | null;
  committeesDone: number;
  stoppedAt: string | null;
  error: string | null;
  errorCode: string | null;
  requestedBy: string;
  report: {
    noChanges: boolean;
    summary: string;
    areaId: string;
    areaCreated: boolean;
    committees: number;
    committeesSkipped: number;
    meetingsRead: number;
    requests: number;
    nonMemberAttendances: number;
    resumedFrom: string | null;
    added: Change[];
    ended: Change[];
    changed: Change[];
    notSeenSince: { personId: string; personName: string; boardId: string; lastEvidencedOn: string; notSeenSince: string }[];
    proposedMatches: { personId: string; candidateId: string; candidateName: string }[];
    inferredKinds: { boardId: string; name: string; kind: string; reason: string }[];
  } | null;
}

type Props = Record<string, unknown>;
interface Facts {
  nodes: Props[];
  lines: { type: string; from: string; to: string; properties: Props }[];
  auditActions: string[];
}

/** Contact details the fixture's councillor answers and committee page carry: none may reach the graph or an export. */
const CONTACT_DETAILS = [
  "aurelia.thorncastle@wrenfield.example",
  "aurelia.home@mail.example",
  "benedict.ormsby@wrenfield.example",
  "democracy@wrenfield.example",
  "01632 960",
  "07700 900",
  "Lantern Row",
  "Quillon Close",
  "Fennick Road",
  "WF1 9ZZ",
  "Civic Hall",
  "mgUserImages",
  ".jpg",
];

const HWB = (host: string) => `board-mg-${host.replace(/[^a-z0-9]+/g, "-")}-101`;
const person = (host: string, id: string) => `person-mg-${host.replace(/[^a-z0-9]+/g, "-")}-${id}`;

/** Who holds a line of `type` to `board` on `date`: started on or before it, not ended by it. */
function holders(facts: Facts, type: string, board: string, date: string): string[] {
  return facts.lines
    .filter((line) => line.type === type && line.to === board)
    .filter((line) => !line.properties.validFrom || String(line.properties.validFrom) <= date)
    .filter((line) => !line.properties.validTo || String(line.properties.validTo) > date)
    .map((line) => line.from)
    .sort();
}

describe("ModernGov sync of an invented council from a local ModernGov stand-in", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let fake: FakeModernGov;
  let editor: Record<string, string>;
  let unpin: () => void;

  beforeAll(async () => {
    db = await connectTestDatabase();
    fake = await startFakeModernGov(fixtureFolders(FIXTURES));
    app = await createAuthTestApp(db.runner, {
      MODERNGOV_HOSTS: fake.host,
      MODERNGOV_TIMEOUT_MS: "1500",
      MODERNGOV_ATTEMPTS: "2",
      MODERNGOV_BACKOFF_MS: "20",
      MODERNGOV_CONCURRENCY: "3",
      MODERNGOV_PAGE_MONTHS: "6",
      MODERNGOV_HISTORY_FROM: "2024-01-01",
    });
  });
  beforeEach(async () => {
    unpin = pinToday("2026-04-01");
    await db.wipe();
    fake.source = fixtureFolders(FIXTURES);
    fake.override = null;
    fake.requests.length = 0;
    fake.maxInFlight = 0;
    editor = await jwtHeaders("editor", "Priya Editor");
  });
  afterEach(() => unpin());
  afterAll(async () => {
    await app?.close();
    await fake?.close();
    await db?.close();
  });

  async function start(variables: Record<string, unknown>): Promise<string> {
    const answer = await graphql<{ importFromModernGov: { id: string; state: string } }>(app, START, { baseUrl: fake.url, dryRun: false, ...variables }, editor);
    expect(answer.errors).toBeUndefined();
    return answer.data?.importFromModernGov.id ?? "";
  }

  /** Polls the sync's record (as any instance would) until it has finished or failed. */
  async function waitFor(id: string): Promise<SyncAnswer> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const answer = await graphql<{ modernGovSync: SyncAnswer }>(app, SYNC, { id });
      expect(answer.errors).toBeUndefined();
      const sync = answer.data?.modernGovSync;
      if (sync && (sync.state === "SUCCEEDED" || sync.state === "FAILED")) return sync;
      if (Date.now() > deadline) throw new Error(`sync ${id} still ${sync?.state} after two minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const sync = async (variables: Record<string, unknown> = {}) => waitFor(await start(variables));

  async function facts(): Promise<Facts> {
    const [row] = await db.runner.read("test/moderngov-facts");
    return row ?? { nodes: [], lines: [], auditActions: [] };
  }

  /** The governance facts alone (not the sync records or the audit log), to compare runs. */
  async function factSnapshot(): Promise<string> {
    const { nodes, lines } = await facts();
    const sortKeys = (value: unknown): unknown =>
      value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)])) : value;
    return JSON.stringify([...nodes, ...lines].map((item) => JSON.stringify(sortKeys(item))).sort());
  }

  it("imports the fixture council: boards with inferred kinds, people with party and key posts, cited and dated lines", async () => {
    const done = await sync();
    expect(done.state, String(done.error)).toBe("SUCCEEDED");
    expect(done.requestedBy).toBe("Priya Editor");
    expect(done.report?.areaCreated).toBe(true);
    expect(done.report?.committees).toBe(3);
    const all = await facts();
    const host = fake.host;
    const byId = new Map(all.nodes.map((node) => [String(node.id), node]));

    const hwb = byId.get(HWB(host));
    expect(hwb).toMatchObject({ label: "Board", name: "Wrenfield Health and Wellbeing Board", kind: "HEALTH_AND_WELLBEING_BOARD", kindInferred: true, moderngovId: `${host}:101` });
    expect(String(hwb?.description)).toMatch(/^The Board brings together the council, the NHS and Healthwatch .* Wrenfield & Oakmere .* Joint Health and Wellbeing Strategy\.$/);
    // Double-encoded entities are decoded once more.
    expect(byId.get(HWB(host).replace(/101$/, "102"))).toMatchObject({ name: "Adults' Social Care Scrutiny Committee", kind: "SCRUTINY_COMMITTEE" });
    expect(done.report?.inferredKinds.find((kind) => kind.boardId === HWB(host))?.reason).toMatch(/Health and Wellbeing Board/);
    // An expired committee ends, and so do its lines, at its last meeting.
    const panel = HWB(host).replace(/101$/, "104");
    expect(byId.get(panel)).toMatchObject({ validTo: "2024-05-05" });
    expect(all.lines.filter((line) => line.to === panel).map((line) => line.properties.validTo)).toEqual(["2024-05-05", "2024-05-05", "2024-05-05"]);

    expect(byId.get(person(host, "2003"))).toMatchObject({ name: "Cerys O'Halloran", party: "Labour", moderngovId: `${host}:2003` });
    expect(byId.get(person(host, "2002"))).toMatchObject({ name: "Benedict Ormsby", party: "Green Party", keyPosts: ["Cabinet Member for Health and Adult Care", "Deputy Leader"] });
    // The officer attends but is no member and no person of the graph; the substitute is not a member.
    expect(byId.has(person(host, "2005"))).toBe(false);
    expect(all.lines.some((line) => line.from === person(host, "2006"))).toBe(false);
    expect(done.report?.nonMemberAttendances).toBe(3);

    // representing → the post on the line and the organisation represented.
    const represents = all.lines.find((line) => line.type === "REPRESENTS" && line.from === person(host, "2004"));
    expect(represents?.properties).toMatchObject({ post: "Director of Public Health", validFrom: "2025-01-14" });
    expect(byId.get(represents?.to ?? "")).toMatchObject({ name: "Wrenfield and Oakmere Integrated Care Board", kind: "NHS_COMMISSIONER" });

    // Provenance: each line cites the meeting that first shows it, and the latest one that does.
    const aureliaMember = all.lines.find((line) => line.type === "MEMBER_OF" && line.from === person(host, "2001") && line.to === HWB(host));
    expect(aureliaMember?.properties).toMatchObject({
      validFrom: "2025-01-14",
      lastEvidencedOn: "2026-01-14",
      lastEvidencedIn: "ModernGov GetMeeting 7003, 14 January 2026",
      sources: ['{"document":"ModernGov GetMeeting 7001","section":"attendees","date":"2025-01-14"}'],
    });
    // A member listed only on the committee page carries the page as its evidence.
    const pageOnly = all.lines.find((line) => line.from === person(host, "2008"));
    expect(pageOnly?.properties).toMatchObject({ lastEvidencedIn: `ModernGov mgCommitteeDetails.aspx?ID=101`, listedAs: "Co-opted Member" });
    // Every fact cites something.
    for (const item of [...all.nodes, ...all.lines.map((line) => line.properties)]) expect((item.sources as string[]).length).toBeGreaterThan(0);
    expect(all.auditActions.filter((action) => action === "MODERNGOV_SYNC")).toHaveLength(1);
    expect(all.auditActions.filter((action) => action === "MODERNGOV_ADDED_LINE").length).toBe(done.report?.added.filter((change) => change.what === "LINE").length);
  });

  it("gives the right chairs and members as of two dates, flags a member not seen since, and keeps apologies as membership", async () => {
    await sync();
    const all = await facts();
    const host = fake.host;
    const board = HWB(host);
    const [a, b, c, e, d] = ["2001", "2002", "2003", "2004", "2007"].map((id) => person(host, id)) as [string, string, string, string, string];
    expect(holders(all, "CHAIRS", board, "2025-07-01")).toEqual([a]);
    expect(holders(all, "MEMBER_OF", board, "2025-07-01").filter((id) => id !== person(host, "2008"))).toEqual([a, b, c, e, d].sort());
    expect(holders(all, "CHAIRS", board, "2026-02-01")).toEqual([b]);
    // The old chair's line ends on the day of the meeting that shows the new chair.
    expect(all.lines.find((line) => line.type === "CHAIRS" && line.from === a && line.to === board)?.properties).toMatchObject({ validFrom: "2025-01-14", validTo: "2026-01-14" });
    const member = (id: string) => all.lines.find((line) => line.type === "MEMBER_OF" && line.from === id && line.to === board)?.properties;
    expect(member(b)).toMatchObject({ viceChairFrom: "2025-01-14", viceChairTo: "2026-01-14" });
    expect(member(c)).toMatchObject({ viceChairFrom: "2026-01-14" });
    // Dmitri sent apologies once, attended once, then stopped appearing: still a member, flagged.
    expect(member(d)).toMatchObject({ validFrom: "2025-01-14", lastEvidencedOn: "2025-06-10", notSeenSince: "2026-01-14" });
    expect(member(d)?.validTo).toBeUndefined();
  });

  it("writes nothing on a second run with nothing changed and says so", async () => {
    await sync();
    const before = await factSnapshot();
    const { auditActions } = await facts();
    const second = await sync();
    expect(second.state).toBe("SUCCEEDED");
    expect(second.report).toMatchObject({ noChanges: true, added: [], ended: [], changed: [] });
    expect(second.report?.summary).toMatch(/no changes/);
    expect(await factSnapshot()).toBe(before);
    const after = (await facts()).auditActions;
    expect(after.length).toBe(auditActions.length + 1);
    expect(after.filter((action) => action === "MODERNGOV_SYNC")).toHaveLength(2);
  });

  it("ends the old chair's line when a later meeting shows a new chair, and reports it", async () => {
    await sync();
    fake.source = fixtureFolders(LATER, FIXTURES);
    const later = await sync();
    const host = fake.host;
    const board = HWB(host);
    const chairLine = `CHAIRS:${person(host, "2002")}->${board}`;
    expect(later.report?.ended.map((change) => change.id)).toContain(chairLine);
    expect(later.report?.added.map((change) => change.id)).toContain(`CHAIRS:${person(host, "2003")}->${board}`);
    const all = await facts();
    expect(holders(all, "CHAIRS", board, "2026-03-01")).toEqual([person(host, "2002")]);
    expect(holders(all, "CHAIRS", board, "2026-03-10")).toEqual([person(host, "2003")]);
    expect(all.lines.find((line) => line.type === "CHAIRS" && line.from === person(host, "2002"))?.properties).toMatchObject({ validFrom: "2026-01-14", validTo: "2026-03-10", lastEvidencedIn: "ModernGov GetMeeting 7003, 14 January 2026" });
    expect(all.auditActions).toContain("MODERNGOV_ENDED_LINE");
  });

  it("keeps contact details out of the graph and out of every export format", async () => {
    await sync();
    const [snapshot] = await db.runner.read("test/graph-snapshot");
    const texts = [JSON.stringify(snapshot)];
    for (const format of ["SEED_JSON", "POPOLO"]) {
      for (const areaId of [null, `area-mg-${fake.host.replace(/[^a-z0-9]+/g, "-")}`]) {
        const exported = await graphql<{ exportGraph: { content: string; nodes: number; warnings: string[] } }>(
          app,
          `query($areaId: ID, $format: ExportFormat!) { exportGraph(areaId: $areaId, format: $format) { content nodes warnings } }`,
          { areaId, format },
        );
        expect(exported.errors).toBeUndefined();
        expect(exported.data?.exportGraph.nodes).toBeGreaterThan(5);
        // Seed JSON holds only facts that cite a loaded document, and warns about the rest by id.
        const content = `${exported.data?.exportGraph.content ?? ""}${(exported.data?.exportGraph.warnings ?? []).join("\n")}`;
        expect(content).toContain(format === "POPOLO" ? "Thorncastle" : person(fake.host, "2001"));
        texts.push(content);
      }
    }
    expect(texts[0]).toContain("Thorncastle");
    for (const text of texts) {
      for (const detail of CONTACT_DETAILS) expect(text, detail).not.toContain(detail);
    }
  });

  it("answers at once with a dry run by default, and the dry run writes no facts", async () => {
    const answer = await graphql<{ importFromModernGov: { id: string; dryRun: boolean; state: string } }>(app, START_DEFAULT, { baseUrl: fake.url }, editor);
    // At once: the sync has been recorded and may just have started, but has not finished.
    expect(answer.data?.importFromModernGov).toMatchObject({ dryRun: true });
    expect(["QUEUED", "RUNNING"]).toContain(answer.data?.importFromModernGov.state);
    const done = await waitFor(answer.data?.importFromModernGov.id ?? "");
    expect(done.report?.summary).toMatch(/^Dry run, nothing written: \d+ added/);
    expect(done.report?.added.length).toBeGreaterThan(10);
    expect((await facts()).nodes).toEqual([]);
  });

  it("with --from, starts lines at the first meeting in the window and says they are first evidenced", async () => {
    await sync({ from: "2025-06-01" });
    const all = await facts();
    const line = all.lines.find((item) => item.type === "MEMBER_OF" && item.from === person(fake.host, "2001") && item.to === HWB(fake.host));
    expect(line?.properties).toMatchObject({ validFrom: "2025-06-10", firstEvidenced: true, validFromNote: "first evidenced: the first meeting shown since 2025-06-01" });
  });

  it("proposes a person already in the graph from a seed as a match, and never merges them", async () => {
    await db.runner.write("test/create-seed-person", { id: "person-aurelia-thorncastle", name: "Aurelia Thorncastle", searchText: searchTextFor("Aurelia Thorncastle", []) });
    const done = await sync();
    expect(done.report?.proposedMatches).toContainEqual(expect.objectContaining({ personId: person(fake.host, "2001"), candidateId: "person-aurelia-thorncastle" }));
    const names = (await facts()).nodes.filter((node) => node.name === "Aurelia Thorncastle");
    expect(names).toHaveLength(2);
  });

  it("asks for meetings by date range in pages of dd/mm/yyyy dates, and never more than the allowed requests at once", async () => {
    await sync();
    const pages = fake.requests.filter((request) => request.operation === "GetMeetings" && request.params.lCommitteeId === "101");
    // 2024-01-01 to 2026-04-01 in six-month pages.
    const asIso = (british = "") => british.split("/").reverse().join("-");
    const asked = pages.map((request) => `${request.params.sFromDate}-${request.params.sToDate}`);
    // Pages go out concurrently: compare them in date order.
    expect(asked.sort((a, b) => asIso(a.slice(0, 10)).localeCompare(asIso(b.slice(0, 10))))).toEqual([
      "01/01/2024-30/06/2024",
      "01/07/2024-31/12/2024",
      "01/01/2025-30/06/2025",
      "01/07/2025-31/12/2025",
      "01/01/2026-01/04/2026",
    ]);
    expect(fake.maxInFlight).toBeLessThanOrEqual(3);
  });

  it("refuses a host not in MODERNGOV_HOSTS at once, and a redirect to one", async () => {
    const refused = await graphql(app, START, { baseUrl: "http://10.1.2.3/", dryRun: false }, editor);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "GOV_MODERNGOV_HOST_REFUSED" });
    expect(refused.errors?.[0]?.message).toMatch(/10\.1\.2\.3 is not in MODERNGOV_HOSTS/);
    fake.override = (request) => (request.operation === "GetCommittees" ? { redirect: "http://169.254.169.254/latest/meta-data/" } : undefined);
    const redirected = await sync();
    expect(redirected).toMatchObject({ state: "FAILED", errorCode: "GOV_MODERNGOV_HOST_REFUSED", stoppedAt: "GetCommittees" });
    expect(redirected.error).toMatch(/169\.254\.169\.254 is not in MODERNGOV_HOSTS/);
  });

  it("refuses a viewer", async () => {
    const answer = await graphql(app, START, { baseUrl: fake.url }, await jwtHeaders("viewer"));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_FORBIDDEN" });
  });

  it("stops on an HTTP error naming the operation and committee, leaves the committees before it written, and the next run resumes after them", async () => {
    fake.override = (request) => (request.operation === "GetMeetings" && request.params.lCommitteeId === "102" ? { status: 503, body: "Service Unavailable", contentType: "text/plain" } : undefined);
    const failed = await sync();
    expect(failed).toMatchObject({ state: "FAILED", errorCode: "GOV_MODERNGOV_HTTP_ERROR", stoppedAt: "committee 102", committeesDone: 1 });
    expect(failed.error).toMatch(/GetMeetings for committee 102: HTTP 503/);
    expect(failed.report?.added.length).toBeGreaterThan(0);
    expect(holders(await facts(), "CHAIRS", HWB(fake.host), "2026-02-01")).toEqual([person(fake.host, "2002")]);
    // Two attempts per request (MODERNGOV_ATTEMPTS).
    expect(fake.requests.filter((request) => request.operation === "GetMeetings" && request.params.lCommitteeId === "102").length).toBeGreaterThanOrEqual(2);

    fake.override = null;
    fake.requests.length = 0;
    const resumed = await sync();
    expect(resumed).toMatchObject({ state: "SUCCEEDED" });
    expect(resumed.report).toMatchObject({ resumedFrom: failed.id, committeesSkipped: 1, committees: 2 });
    expect(fake.requests.some((request) => request.params.lCommitteeId === "101")).toBe(false);
    const board102 = HWB(fake.host).replace(/101$/, "102");
    expect(holders(await facts(), "CHAIRS", board102, "2025-06-01")).toEqual([person(fake.host, "2007")]);
  });

  it("stops on an unreachable server", async () => {
    const closed = await startFakeModernGov(fixtureFolders(FIXTURES));
    await closed.close();
    const local = await createAuthTestApp(db.runner, { MODERNGOV_HOSTS: closed.host, MODERNGOV_ATTEMPTS: "2", MODERNGOV_BACKOFF_MS: "10" });
    try {
      const answer = await graphql<{ importFromModernGov: { id: string } }>(local, START, { baseUrl: closed.url, dryRun: false }, editor);
      const id = answer.data?.importFromModernGov.id ?? "";
      const deadline = Date.now() + 60_000;
      let state: SyncAnswer | undefined;
      while (Date.now() < deadline) {
        state = (await graphql<{ modernGovSync: SyncAnswer }>(local, SYNC, { id })).data?.modernGovSync;
        if (state?.state === "FAILED" || state?.state === "SUCCEEDED") break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(state).toMatchObject({ state: "FAILED", errorCode: "GOV_MODERNGOV_UNREACHABLE", stoppedAt: "GetCommittees" });
      expect(state?.error).toMatch(/^ModernGov server unreachable: GetCommittees: 127\.0\.0\.1:\d+: ECONNREFUSED/);
    } finally {
      await local.close();
    }
  });

  it("stops on an HTML error page where XML was expected", async () => {
    fake.override = (request) =>
      request.operation === "GetMeeting" && request.params.lMeetingId === "7101"
        ? { body: "<!DOCTYPE html><html><body><h1>Runtime Error</h1></body></html>", contentType: "text/html" }
        : undefined;
    const failed = await sync();
    expect(failed).toMatchObject({ state: "FAILED", errorCode: "GOV_MODERNGOV_BAD_ANSWER", stoppedAt: "committee 102" });
    expect(failed.error).toMatch(/GetMeeting 7101 for committee 102: an HTML page came back where XML was expected/);
  });

  it("stops on malformed XML, naming the line", async () => {
    fake.override = (request) => (request.operation === "GetCommittees" ? { body: "<?xml version=\"1.0\"?>\n<committees>\n<committee><committeeid>1</committee>" } : undefined);
    const failed = await sync();
    expect(failed).toMatchObject({ state: "FAILED", errorCode: "GOV_MODERNGOV_BAD_ANSWER", stoppedAt: "GetCommittees" });
    expect(failed.error).toMatch(/GetCommittees: malformed XML at line 3/);
    expect((await facts()).nodes).toEqual([]);
  });

  it("stops on an empty answer", async () => {
    fake.override = (request) => (request.operation === "GetCouncillorsByWard" ? { body: "" } : undefined);
    const failed = await sync();
    expect(failed).toMatchObject({ state: "FAILED", errorCode: "GOV_MODERNGOV_BAD_ANSWER", stoppedAt: "GetCouncillorsByWard" });
    expect(failed.error).toMatch(/GetCouncillorsByWard: the answer was empty/);
  });

  it("retries a slow answer after the timeout, and stops when every attempt is too slow", async () => {
    let asked = 0;
    fake.override = (request) => (request.operation === "GetMeeting" && request.params.lMeetingId === "7002" && ++asked === 1 ? { delayMs: 2500 } : undefined);
    const recovered = await sync();
    expect(recovered.state).toBe("SUCCEEDED");
    expect(fake.requests.filter((request) => request.params.lMeetingId === "7002")).toHaveLength(2);

    await db.wipe();
    fake.override = (request) => (request.operation === "GetMeeting" && request.params.lMeetingId === "7002" ? { delayMs: 2500 } : undefined);
    const failed = await sync();
    expect(failed).toMatchObject({ state: "FAILED", errorCode: "GOV_MODERNGOV_TIMEOUT", stoppedAt: "committee 101", committeesDone: 0 });
    expect(failed.error).toMatch(/GetMeeting 7002 for committee 101: no answer within 1500 ms/);
    expect((await facts()).lines).toEqual([]);
  });
});
