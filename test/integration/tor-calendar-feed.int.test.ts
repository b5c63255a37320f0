import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../../server/seed/load-seeds.ts";
import { createAuthTestApp, jwtHeaders } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

const BOARD = "board-essex-cyp-strategic-partnership";
const TODAY = new Date().toISOString().slice(0, 10);
const REVISE = /* GraphQL */ `
  mutation ($id: ID!, $input: TermsOfReferenceInput!) {
    reviseTermsOfReference(id: $id, input: $input) { termsOfReference { id version } reviewDue lastReviewedOn }
  }`;

/** The VEVENT block whose UID is the board's, unfolded (RFC 5545 folds long lines). */
function eventOf(ics: string, boardId: string): string | null {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const events = unfolded.split("BEGIN:VEVENT").slice(1).map((block) => block.split("END:VEVENT")[0]!);
  return events.find((block) => block.includes(`UID:tor-review-${boardId}@governance-graph`)) ?? null;
}

describe("the terms-of-reference calendar feed", () => {
  let db: TestDatabase;
  let open: FastifyInstance;
  let closed: FastifyInstance;
  let editor: Record<string, string>;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    await loadSeeds(db.runner, testLogger);
    open = await createAuthTestApp(db.runner);
    closed = await createAuthTestApp(db.runner, { REQUIRE_AUTH_FOR_READ: "true" });
    editor = await jwtHeaders("editor", "calendar tests");
  });
  afterAll(async () => {
    await open?.close();
    await closed?.close();
    await db?.close();
  });

  it("gives one all-day event per board with a review date, and moves the same event when a revision moves the date", async () => {
    const before = await open.inject({ method: "GET", url: "/calendar/terms-of-reference.ics?area=area-essex" });
    expect(before.statusCode).toBe(200);
    expect(before.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(before.body).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    // The seeded terms state no dates (001 3.19): nothing to put in a calendar yet.
    expect(eventOf(before.body, BOARD)).toBeNull();

    const first = await graphql<{ reviseTermsOfReference: { termsOfReference: { id: string; version: number } } }>(
      open,
      REVISE,
      { id: "tor-essex-cyp-partnership", input: { reviewDue: "2027-06-30" } },
      editor,
    );
    expect(first.errors).toBeUndefined();
    const dated = eventOf((await open.inject({ method: "GET", url: "/calendar/terms-of-reference.ics?area=area-essex" })).body, BOARD);
    expect(dated).toMatch(/DTSTART;VALUE=DATE:20270630/);
    expect(dated).toMatch(/DTEND;VALUE=DATE:20270701/);
    expect(dated).toMatch(/SUMMARY:Terms of reference review: Essex Children and Young People's Strategic Partnership/);
    const firstSequence = Number(/SEQUENCE:(\d+)/.exec(dated!)?.[1]);

    const moved = await graphql(open, REVISE, { id: first.data!.reviseTermsOfReference.termsOfReference.id, input: { reviewDue: "2027-09-15" } }, editor);
    expect(moved.errors).toBeUndefined();
    const after = (await open.inject({ method: "GET", url: "/calendar/terms-of-reference.ics?area=area-essex" })).body;
    const event = eventOf(after, BOARD);
    expect(event).toMatch(/DTSTART;VALUE=DATE:20270915/);
    expect(after.match(new RegExp(`UID:tor-review-${BOARD}@`, "g"))).toHaveLength(1);
    expect(Number(/SEQUENCE:(\d+)/.exec(event!)?.[1])).toBeGreaterThan(firstSequence);
  });

  it("answers an unknown area with 404 and a message naming it, and a missing area with 400", async () => {
    const unknown = await open.inject({ method: "GET", url: "/calendar/terms-of-reference.ics?area=area-atlantis" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: "GOV_NOT_FOUND", message: 'No area with id "area-atlantis"', errors: [{ extensions: { code: "GOV_NOT_FOUND" } }] });
    const missing = await open.inject({ method: "GET", url: "/calendar/terms-of-reference.ics" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: "GOV_INPUT_INVALID", message: expect.stringMatching(/area/) });
    const info = await graphql(open, /* GraphQL */ `{ calendarFeed(areaId: "area-atlantis") { path } }`);
    expect(info.errors?.[0]?.extensions?.code).toBe("GOV_NOT_FOUND");
  });

  it("where reads need sign-in, refuses the plain URL and opens the feed with a subscription link until it is revoked", async () => {
    const plain = await closed.inject({ method: "GET", url: "/calendar/terms-of-reference.ics?area=area-essex" });
    expect(plain.statusCode).toBe(401);
    expect(plain.json()).toMatchObject({ code: "GOV_UNAUTHENTICATED" });

    const info = await graphql<{ calendarFeed: { needsSubscription: boolean; path: string } }>(closed, /* GraphQL */ `{ calendarFeed(areaId: "area-essex") { needsSubscription path } }`, {}, editor);
    expect(info.data!.calendarFeed).toEqual({ needsSubscription: true, path: "/calendar/terms-of-reference.ics?area=area-essex" });

    const created = await graphql<{ createCalendarSubscription: { token: string; path: string; subscription: { id: string } } }>(
      closed,
      /* GraphQL */ `mutation { createCalendarSubscription(areaId: "area-essex") { token path subscription { id } } }`,
      {},
      editor,
    );
    expect(created.errors).toBeUndefined();
    const { token, path, subscription } = created.data!.createCalendarSubscription;
    expect(path).toContain(`token=${token}`);
    const subscribed = await closed.inject({ method: "GET", url: path });
    expect(subscribed.statusCode).toBe(200);
    expect(subscribed.body).toContain("BEGIN:VCALENDAR");

    // Only the hash is stored: the token appears nowhere in the graph.
    const [leaked] = await db.runner.read("test/count-nodes-holding-value", { value: token });
    expect(leaked?.count).toBe(0);

    // The token opens its own area's feed only.
    const other = await closed.inject({ method: "GET", url: `/calendar/terms-of-reference.ics?area=area-southend-on-sea&token=${token}` });
    expect(other.statusCode).toBe(403);

    const revoked = await graphql(closed, /* GraphQL */ `mutation ($id: ID!) { revokeCalendarSubscription(id: $id) { revokedAt } }`, { id: subscription.id }, editor);
    expect(revoked.errors).toBeUndefined();
    const refused = await closed.inject({ method: "GET", url: path });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toMatch(/revoked/);
    const listed = await graphql<{ calendarSubscriptions: { id: string; revokedAt: string | null }[] }>(
      closed,
      /* GraphQL */ `{ calendarSubscriptions(areaId: "area-essex") { id revokedAt } }`,
      {},
      editor,
    );
    expect(listed.data!.calendarSubscriptions.find((s) => s.id === subscription.id)?.revokedAt).toBeTruthy();
  });

  it("reports the last review date beside the review date", async () => {
    const answer = await graphql<{ termsOfReferenceReview: { boards: { board: { id: string }; lastReviewedOn: string | null; status: string; termsOfReference: { id: string } | null }[] } }>(
      open,
      /* GraphQL */ `query ($asOf: Date!) { termsOfReferenceReview(asOf: $asOf, area: "area-essex") { boards { board { id } lastReviewedOn status termsOfReference { id } } } }`,
      { asOf: TODAY },
    );
    const board = answer.data!.termsOfReferenceReview.boards.find((b) => b.board.id === BOARD)!;
    // The revisions above stated no adoption date, and the seeded terms none either: no review is recorded.
    expect(board.lastReviewedOn).toBeNull();
    const adopted = await graphql<{ reviseTermsOfReference: { lastReviewedOn: string | null } }>(
      open,
      REVISE,
      { id: board.termsOfReference!.id, input: { adoptedOn: TODAY } },
      editor,
    );
    expect(adopted.data!.reviseTermsOfReference.lastReviewedOn).toBe(TODAY);
  });
});
