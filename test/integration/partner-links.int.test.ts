import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { parseSeedFile } from "../../server/domain/seed-file.ts";
import { pinToday } from "../../server/graph/clock.ts";
import { issueApiToken } from "../../server/jobs/access/manage-api-tokens.ts";
import type { Logger } from "../../server/logger.ts";
import { writeSeedFile } from "../../server/seed/load-seeds.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

const FIXTURE = `
document: { file: 900_0000000000000014.txt, title: Partner links fixture, date: 2015-01-01 }
nodes:
  - { id: board-linkshire-partnership, label: Board, name: Linkshire Strategic Partnership, kind: STRATEGIC_PARTNERSHIP, section: s1 }
  - { id: org-linkshire-council, label: Organisation, name: Linkshire County Council, kind: COUNCIL, section: s1 }
  - { id: org-linkshire-nhs, label: Organisation, name: Linkshire NHS Trust, kind: NHS_PROVIDER, section: s1 }
  - { id: org-linkshire-police, label: Organisation, name: Linkshire Police, kind: POLICE, section: s1 }
  - { id: person-linkshire-chair, label: Person, name: Pat Chair, section: s1 }
relationships:
  - { type: MEMBER_OF, from: org-linkshire-council, to: board-linkshire-partnership, section: s1 }
  - { type: MEMBER_OF, from: org-linkshire-nhs, to: board-linkshire-partnership, section: s1 }
  - { type: MEMBER_OF, from: org-linkshire-police, to: board-linkshire-partnership, section: s1 }
`;
const SESSION_SECRET = "partner-links-tests-secret-0123456789abcdef";
const BOARD = "board-linkshire-partnership";
const PARTNERS = ["org-linkshire-council", "org-linkshire-nhs", "org-linkshire-police"];

const INVITATION = "id partner { id name } status expiresAt linksIssued openedAt draftSavedAt submittedAt submissions";
const OPEN = `mutation ($name: String!) { openAssessmentRound(boardId: "${BOARD}", name: $name, openedOn: "2026-01-10") { id } }`;
const INVITE = `mutation ($roundId: ID!, $partnerIds: [ID!]!, $expiresOn: Date!) { invitePartners(roundId: $roundId, partnerIds: $partnerIds, expiresOn: $expiresOn) { linkPath invitation { ${INVITATION} } } }`;
const RENEW = `mutation ($id: ID!, $expiresOn: Date!) { renewPartnerLink(invitationId: $id, expiresOn: $expiresOn) { linkPath invitation { ${INVITATION} } } }`;
const REVOKE = `mutation ($id: ID!) { revokePartnerLink(invitationId: $id) { ${INVITATION} } }`;
const CLOSE = `mutation ($roundId: ID!) { closeAssessmentRound(roundId: $roundId, closedOn: "2026-12-31") { id closedOn invitations { ${INVITATION} } principles { principle responses mean min max spread } } }`;
const ROUNDS = `{ assessmentRounds(boardId: "${BOARD}") { id closedOn invitations { ${INVITATION} } responses { partner { id } version scores { principle score } } principles { principle responses mean spread } } }`;

interface Link {
  linkPath: string;
  invitation: { id: string; partner: { id: string }; status: string; linksIssued: number; submissions: number };
}
interface Questionnaire {
  partner: { name: string };
  principles: { principle: string; statements: { id: string }[] }[];
  answers: { statementId: string; score: number | null }[];
  comments: { principle: string; comment: string }[];
  draftSavedAt: string | null;
  submitted: { version: number } | null;
}

function inFuture(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("partner links: each partner answers a round through their own link", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let editor: Record<string, string>;
  const logLines: string[] = [];

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    await writeSeedFile(db.runner, parseSeedFile(FIXTURE, "fixture.yaml"));
    // Every request logged at info level, kept to check that no token reaches a log line.
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        logLines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: "info" }, sink) as unknown as Logger;
    app = await createApp({ runner: db.runner, config: loadConfig({ NODE_ENV: "test", SESSION_SECRET }), logger });
    const { token } = await issueApiToken(db.runner, { id: "cli:tests", name: "tests", role: "admin", via: "cli" }, "partner link tests", "editor");
    editor = { authorization: `Bearer ${token}` };
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function send<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await graphql<T>(app, query, variables, editor);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  }
  async function openRoundWithLinks(name: string): Promise<{ roundId: string; links: Link[] }> {
    const { openAssessmentRound } = await send<{ openAssessmentRound: { id: string } }>(OPEN, { name });
    const { invitePartners } = await send<{ invitePartners: Link[] }>(INVITE, { roundId: openAssessmentRound.id, partnerIds: PARTNERS, expiresOn: inFuture(14) });
    return { roundId: openAssessmentRound.id, links: invitePartners };
  }
  const tokenOf = (link: Link) => link.linkPath.split("#link=")[1]!;
  async function exchange(token: string) {
    const response = await app.inject({ method: "POST", url: "/partner/session", headers: { "content-type": "application/json" }, payload: JSON.stringify({ link: token }) });
    const setCookie = response.headers["set-cookie"];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(";")[0];
    return { response, cookie };
  }
  const answersAll = (scoreOf: (statementId: string) => number | null, q: Questionnaire) => ({
    answers: q.principles.flatMap((p) => p.statements.map((s) => ({ statementId: s.id, score: scoreOf(s.id) }))),
    comments: [{ principle: "TRUST", comment: "Decisions are sometimes taken outside meetings" }],
  });
  const partnerCall = (method: "GET" | "PUT" | "POST", url: string, cookie: string | undefined, body?: unknown) =>
    app.inject({ method, url, headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });

  it("issues one link per partner, shown once as a fragment, and lists who is invited", async () => {
    const { links } = await openRoundWithLinks("Autumn 2026");
    expect(links.map((l) => [l.invitation.partner.id, l.invitation.status, l.invitation.linksIssued])).toEqual(PARTNERS.map((id) => [id, "INVITED", 1]));
    for (const link of links) expect(link.linkPath).toMatch(/^\/partner\.html#link=gpl_[A-Za-z0-9_-]{43}$/);
    expect(new Set(links.map(tokenOf)).size).toBe(3);
  });

  it("a partner exchanges the link once for a cookie, saves a draft, submits once, and a later change is a new version", async () => {
    const { roundId, links } = await openRoundWithLinks("Winter 2026");
    const [council, nhs] = links;
    const { response, cookie } = await exchange(tokenOf(council!));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(String(response.headers["set-cookie"])).toMatch(/HttpOnly/i);
    const questionnaire = response.json() as Questionnaire;
    expect(questionnaire.partner.name).toBe("Linkshire County Council");
    expect(questionnaire.principles.map((p) => p.statements.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(questionnaire.answers.every((a) => a.score === null)).toBe(true);

    // Half the statements, saved as a draft: kept on the server, the status says so.
    const partial = answersAll((id) => (id.startsWith("1.") ? 4 : null), questionnaire);
    const saved = await partnerCall("PUT", "/partner/draft", cookie, partial);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as Questionnaire).answers.filter((a) => a.score === 4)).toHaveLength(3);
    const reread = (await partnerCall("GET", "/partner/questionnaire", cookie)).json() as Questionnaire;
    expect([reread.draftSavedAt !== null, reread.comments.find((c) => c.principle === "TRUST")?.comment]).toEqual([true, "Decisions are sometimes taken outside meetings"]);

    // A submission needs every statement, and says which is first unanswered.
    const incomplete = await partnerCall("POST", "/partner/submit", cookie, partial);
    expect([incomplete.statusCode, incomplete.json().code, incomplete.json().fieldPath]).toEqual([400, "GOV_INPUT_INVALID", ["answers", 3, "score"]]);

    // Principle 4's statements 1, 2, 3 → mean 2; everything else 4.
    const full = answersAll((id) => (id === "4.1" ? 1 : id === "4.2" ? 2 : id === "4.3" ? 3 : 4), questionnaire);
    const submitted = await partnerCall("POST", "/partner/submit", cookie, full);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((submitted.json() as Questionnaire).submitted?.version).toBe(1);

    const second = await exchange(tokenOf(nhs!));
    await partnerCall("POST", "/partner/submit", second.cookie, answersAll(() => 5, questionnaire));
    const again = await partnerCall("POST", "/partner/submit", cookie, answersAll((id) => (id.startsWith("4.") ? 3 : 4), questionnaire));
    expect((again.json() as Questionnaire).submitted?.version).toBe(2);

    const { assessmentRounds } = await send<{ assessmentRounds: { id: string; invitations: Link["invitation"][]; responses: { partner: { id: string }; version: number; scores: { principle: string; score: number }[] }[]; principles: { principle: string; responses: number; mean: number; spread: number }[] }[] }>(ROUNDS);
    const round = assessmentRounds.find((r) => r.id === roundId)!;
    expect(round.invitations.map((i) => [i.partner.id, i.status, i.submissions])).toEqual([
      ["org-linkshire-council", "SUBMITTED", 2],
      ["org-linkshire-nhs", "SUBMITTED", 1],
      ["org-linkshire-police", "INVITED", 0],
    ]);
    const trust = round.principles.find((p) => p.principle === "TRUST")!;
    expect([trust.responses, trust.mean, trust.spread]).toEqual([2, 4, 2]);

    const audit = await send<{ auditLog: { actor: string; action: string; after: string | null }[] }>(`{ auditLog(limit: 50) { actor action after } }`);
    const partnerActs = audit.auditLog.filter((entry) => entry.actor === "Linkshire County Council (partner link)").map((entry) => entry.action);
    expect(partnerActs.sort()).toEqual(["savePartnerDraft", "submitPartnerAnswers", "submitPartnerAnswers"]);
    const tokens = links.map(tokenOf);
    expect(audit.auditLog.some((entry) => tokens.some((token) => entry.after?.includes(token)))).toBe(false);
    expect(logLines.length).toBeGreaterThan(5);
    expect(logLines.some((line) => tokens.some((token) => line.includes(token) || line.includes(token.slice(4))))).toBe(false);
  });

  it("refuses a reused, replaced, revoked or expired link, and a score out of range", async () => {
    const { links } = await openRoundWithLinks("Spring 2027");
    const [council, nhs, police] = links;
    const first = await exchange(tokenOf(council!));
    expect(first.response.statusCode).toBe(200);
    const reused = await exchange(tokenOf(council!));
    expect([reused.response.statusCode, reused.response.json().code]).toEqual([401, "GOV_PARTNER_LINK_REFUSED"]);
    expect(reused.response.json().message).toMatch(/already been used once/);

    const outOfRange = await partnerCall("PUT", "/partner/draft", first.cookie, { answers: [{ statementId: "2.1", score: 6 }] });
    expect([outOfRange.statusCode, outOfRange.json().code, outOfRange.json().fieldPath]).toEqual([400, "GOV_INPUT_INVALID", ["answers", 0, "score"]]);
    expect(outOfRange.json().message).toMatch(/answers\[0\]\.score: must be 1 to 5/);

    const { renewPartnerLink } = await send<{ renewPartnerLink: Link }>(RENEW, { id: nhs!.invitation.id, expiresOn: inFuture(7) });
    expect(renewPartnerLink.invitation.linksIssued).toBe(2);
    const replaced = await exchange(tokenOf(nhs!));
    expect([replaced.response.statusCode, replaced.response.json().message]).toEqual([401, expect.stringMatching(/a newer link replaced this one/)]);
    expect((await exchange(tokenOf(renewPartnerLink))).response.statusCode).toBe(200);

    const policeSession = await exchange(tokenOf(police!));
    await send(REVOKE, { id: police!.invitation.id });
    const revokedPage = await partnerCall("GET", "/partner/questionnaire", policeSession.cookie);
    expect([revokedPage.statusCode, revokedPage.json().code]).toEqual([401, "GOV_PARTNER_LINK_REFUSED"]);
    expect(revokedPage.json().message).toMatch(/withdrawn/);

    const unpin = pinToday("2020-01-01");
    let expiring: Link;
    try {
      const { openAssessmentRound } = await send<{ openAssessmentRound: { id: string } }>(OPEN, { name: "Expired round" });
      [expiring] = (await send<{ invitePartners: Link[] }>(INVITE, { roundId: openAssessmentRound.id, partnerIds: [PARTNERS[0]], expiresOn: "2020-01-05" })).invitePartners as [Link];
    } finally {
      unpin();
    }
    const expired = await exchange(tokenOf(expiring));
    expect([expired.response.statusCode, expired.response.json().message]).toEqual([401, expect.stringMatching(/has expired/)]);

    const noCookie = await partnerCall("GET", "/partner/questionnaire", undefined);
    expect([noCookie.statusCode, noCookie.json().code]).toEqual([401, "GOV_PARTNER_LINK_REFUSED"]);
    const badPartner = await graphql(app, INVITE, { roundId: "round-none", partnerIds: ["person-linkshire-chair"], expiresOn: inFuture(3) }, editor);
    expect(badPartner.errors?.[0]?.extensions?.code).toBe("GOV_NOT_FOUND");
  });

  it("a round closed while a partner is answering keeps their draft and tells them", async () => {
    const { roundId, links } = await openRoundWithLinks("Summer 2027");
    const { cookie, response } = await exchange(tokenOf(links[0]!));
    const questionnaire = response.json() as Questionnaire;
    await partnerCall("PUT", "/partner/draft", cookie, answersAll((id) => (id.startsWith("1.") ? 2 : null), questionnaire));
    const { closeAssessmentRound } = await send<{ closeAssessmentRound: { closedOn: string } }>(CLOSE, { roundId });
    expect(closeAssessmentRound.closedOn).toBe("2026-12-31");

    const late = await partnerCall("POST", "/partner/submit", cookie, answersAll(() => 3, questionnaire));
    expect([late.statusCode, late.json().code, late.json().draftKept]).toEqual([409, "GOV_ROUND_CLOSED", true]);
    expect(late.json().message).toMatch(/kept as a draft/);
    const kept = (await partnerCall("GET", "/partner/questionnaire", cookie)).json() as Questionnaire;
    expect([kept.submitted, kept.answers.every((a) => a.score === 3)]).toEqual([null, true]);

    const reopenInvite = await graphql(app, INVITE, { roundId, partnerIds: [PARTNERS[1]], expiresOn: inFuture(3) }, editor);
    expect(reopenInvite.errors?.[0]?.extensions?.code).toBe("GOV_ROUND_CLOSED");
  });
});
