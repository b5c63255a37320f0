import { randomUUID } from "node:crypto";
import type { QueryRunner } from "../../db/run-query.ts";
import { normaliseForSearch, searchTextFor } from "../../domain/search-text.ts";
import { govError } from "../../errors.ts";
import type { AuthUser } from "../../graph/access.ts";
import { recordAudit } from "../../graph/audit.ts";
import { today } from "../../graph/clock.ts";
import type { Logger } from "../../logger.ts";
import { hostSlug, operationSource } from "./citations.ts";
import { datePages } from "./date-pages.ts";
import { checkHost } from "./host-policy.ts";
import { mapCommittee } from "./map-committee.ts";
import { createModernGovClient, type ModernGovClient } from "./moderngov-client.ts";
import type { MgCommittee, MgCommitteePage, MgCouncillor, MgMeeting, MgMeetingDetail } from "./moderngov-records.ts";
import { lineKey, planChanges } from "./plan-changes.ts";
import { addChanges, emptyReport, type ProposedMatch, type SyncReport, summarise } from "./sync-report.ts";
import type { SyncSettings } from "./sync-settings.ts";
import { writeCommittee } from "./write-committee.ts";

export interface SyncRequest {
  baseUrl: string;
  /** The area to sync into; null: the area named after the site, created when missing. */
  areaId: string | null;
  /** Read meetings from this date only; lines then start at the first meeting seen ("first evidenced"). */
  from: string | null;
  dryRun: boolean;
}

export interface StartedSync {
  id: string;
  /** Settles when the sync has finished or failed; the record in the graph says which. */
  finished: Promise<void>;
}

/** The area named after a council's site: democracy.testshire.gov.uk → area-mg-democracy-testshire-gov-uk. */
export const siteAreaId = (host: string) => `area-mg-${hostSlug(host)}`;

function parseBaseUrl(baseUrl: string): URL {
  try {
    const url = new URL(baseUrl.trim());
    if (url.protocol === "http:" || url.protocol === "https:") return url;
  } catch {
    // Refused below with the field named.
  }
  throw govError("GOV_INPUT_INVALID", { detail: `baseUrl: "${baseUrl}" is not an http(s) URL`, path: ["baseUrl"] });
}

/**
 * Records a sync (QUEUED) and starts it without waiting: a full sync is
 * thousands of requests. Refuses at once, before any record, a URL that is not
 * http(s), a host the policy refuses, and an area that does not exist.
 */
export async function startSync(runner: QueryRunner, request: SyncRequest, actor: AuthUser, settings: SyncSettings, logger: Logger): Promise<StartedSync> {
  const url = parseBaseUrl(request.baseUrl);
  await checkHost(url, settings.policy, { operation: "baseUrl" });
  if (request.areaId) {
    const [row] = await runner.read("moderngov-sync/find-area", { areaId: request.areaId });
    if (!row?.area) throw govError("GOV_NOT_FOUND", { kind: "Area", id: request.areaId, path: ["areaId"] });
  }
  const id = `mgsync-${randomUUID()}`;
  const areaId = request.areaId ?? siteAreaId(url.host);
  await runner.write("moderngov-sync/create-sync", {
    sync: {
      id,
      baseUrl: url.href,
      host: url.host,
      areaId,
      areaGiven: request.areaId !== null,
      from: request.from,
      dryRun: request.dryRun,
      state: "QUEUED",
      requestedBy: actor.name,
      requestedById: actor.id,
      readOn: today(),
      committeesDone: 0,
      doneCommitteeIds: [],
    },
  });
  const finished = runSync(runner, id, { ...request, baseUrl: url.href }, areaId, actor, settings).catch((error) => {
    logger.error({ err: error, syncId: id }, "ModernGov sync could not record its end");
  });
  return { id, finished };
}

interface Place {
  text: string;
}

async function runSync(runner: QueryRunner, syncId: string, request: SyncRequest, areaId: string, actor: AuthUser, settings: SyncSettings): Promise<void> {
  const readOn = today();
  let requests = 0;
  const client = createModernGovClient({ ...settings, baseUrl: request.baseUrl, onRequest: () => requests++ });
  const place: Place = { text: "GetCommittees" };
  const progress = (committeesTotal: number | null, done: string[] = []) =>
    runner.write("moderngov-sync/record-sync-progress", { id: syncId, state: "RUNNING", place: place.text, committeesTotal, doneCommitteeIds: done });
  let report = emptyReport(areaId, false);
  try {
    await progress(null);
    const committees = await client.committees();
    place.text = "GetCouncillorsByWard";
    await progress(committees.length);
    const councillors = new Map((await client.councillors()).map((councillor) => [councillor.id, councillor]));
    report = emptyReport(areaId, await ensureArea(runner, client, request, areaId, actor, readOn));
    const [resumable] = request.dryRun
      ? []
      : await runner.read("moderngov-sync/find-resumable-sync", { host: client.host, areaId, from: request.from, before: syncId });
    const skip = new Set(resumable?.doneCommitteeIds ?? []);
    report.resumedFrom = resumable?.id ?? null;
    const pages = datePages(request.from ?? settings.historyFrom, readOn, settings.pageMonths);
    const skipped = committees.filter((committee) => skip.has(committee.id));
    if (skipped.length > 0) {
      report.committeesSkipped = skipped.length;
      await progress(null, skipped.map((committee) => committee.id));
    }
    // The next committee's answers are fetched while this one is written: the server and the graph work at once.
    const todo = committees.filter((committee) => !skip.has(committee.id));
    let next = todo[0] ? prefetch(client, todo[0], pages, readOn) : null;
    for (const [index, committee] of todo.entries()) {
      const current = next as Promise<CommitteeAnswers>;
      const following = todo[index + 1];
      next = following ? prefetch(client, following, pages, readOn) : null;
      place.text = `committee ${committee.id}`;
      const waitStarted = performance.now();
      const answers = await current;
      report.timings.fetchMs += Math.round(performance.now() - waitStarted);
      await syncCommittee(runner, client, answers, { syncId, committee, pages, councillors, areaId, request, actor, readOn, report });
      if (request.dryRun) await progress(null, [committee.id]);
    }
    report.requests = requests;
    report.summary = summarise(report, request.dryRun);
    await finish(runner, syncId, actor, request, report, null);
  } catch (error) {
    report.requests = requests;
    report.summary = `Stopped at ${place.text}: ${summarise(report, request.dryRun)} before it stopped`;
    await finish(runner, syncId, actor, request, report, { error, stoppedAt: place.text });
  }
}

/** The given area, or the one named after the site: reused when it exists, otherwise created (not in a dry run). Returns whether it is new. */
async function ensureArea(runner: QueryRunner, client: ModernGovClient, request: SyncRequest, areaId: string, actor: AuthUser, readOn: string): Promise<boolean> {
  if (request.areaId) return false;
  const [row] = await runner.read("moderngov-sync/find-area", { areaId });
  if (row?.area) return false;
  if (request.dryRun) return true;
  const name = `${client.host} (ModernGov)`;
  await runner.writeTransaction(async (tx) => {
    const [created] = await tx.run("moderngov-sync/create-area", {
      areaId,
      name,
      searchText: searchTextFor(name, []),
      source: operationSource("GetCommittees", "site", readOn),
    });
    await recordAudit(tx, actor, [{ action: "MODERNGOV_ADD_NODE", entityId: areaId, before: null, after: created?.area ?? { id: areaId, name } }]);
  });
  return true;
}

interface CommitteeJob {
  syncId: string;
  committee: MgCommittee;
  pages: [string, string][];
  councillors: ReadonlyMap<string, MgCouncillor>;
  areaId: string;
  request: SyncRequest;
  actor: AuthUser;
  readOn: string;
  report: SyncReport;
}

/** Reads one committee (its meetings in date pages, each meeting, its page), works out what changed, and writes it in a transaction of its own. */
interface CommitteeAnswers {
  details: MgMeetingDetail[];
  page: MgCommitteePage;
}

/** One committee's answers: its meetings in date pages (held meetings only, up to the date of reading), each meeting, and its page. */
async function readCommittee(client: ModernGovClient, committee: MgCommittee, pages: [string, string][], readOn: string): Promise<CommitteeAnswers> {
  const listed = (await Promise.all(pages.map(([from, to]) => client.meetings(committee.id, from, to)))).flat();
  const meetings = [...new Map<string, MgMeeting>(listed.filter((meeting) => meeting.date <= readOn).map((meeting) => [meeting.id, meeting])).values()];
  const [details, page] = await Promise.all([Promise.all(meetings.map((meeting) => client.meeting(committee.id, meeting.id))), client.committeePage(committee.id)]);
  return { details, page };
}

/** Starts reading a committee ahead; its failure is reported when the sync reaches it, not before. */
function prefetch(client: ModernGovClient, committee: MgCommittee, pages: [string, string][], readOn: string): Promise<CommitteeAnswers> {
  const answers = readCommittee(client, committee, pages, readOn);
  answers.catch(() => undefined);
  return answers;
}

async function syncCommittee(runner: QueryRunner, client: ModernGovClient, { details, page }: CommitteeAnswers, job: CommitteeJob): Promise<void> {
  const { committee, report } = job;
  report.meetingsRead += details.length;
  const databaseStarted = performance.now();
  const facts = mapCommittee(committee, details, page, {
    host: client.host,
    areaId: job.areaId,
    windowFrom: job.request.from,
    readOn: job.readOn,
    councillors: job.councillors,
  });
  const personIds = facts.nodes.filter((node) => node.label === "Person").map((node) => node.id);
  const [state] = await runner.read("moderngov-sync/read-committee-state", {
    nodeIds: facts.nodes.map((node) => node.id),
    boardId: facts.board.id,
    personIds,
  });
  const storedNodes = new Map((state?.nodes ?? []).map((node) => [String(node.id), node]));
  const storedLines = new Map((state?.lines ?? []).map((line) => [lineKey(line), line.properties]));
  const plan = planChanges(facts.nodes, facts.lines, storedNodes, storedLines);

  report.committees++;
  report.nonMemberAttendances += facts.nonMembers;
  report.notSeenSince.push(...facts.notSeen);
  const board = storedNodes.get(facts.board.id);
  const kindCorrected = board?.kindInferred === false;
  if (!kindCorrected) {
    report.inferredKinds.push({ boardId: facts.board.id, name: committee.title, kind: String(facts.board.properties.kind), reason: String(facts.board.properties.kindReason) });
  }
  report.proposedMatches.push(...(await proposeMatches(runner, facts.nodes.filter((node) => node.label === "Person").map((node) => ({ id: node.id, name: String(node.properties.name) })))));
  addChanges(report, plan.changes);

  if (job.request.dryRun || plan.changes.length === 0) {
    if (!job.request.dryRun) {
      await runner.write("moderngov-sync/record-sync-progress", { id: job.syncId, state: "RUNNING", place: `committee ${committee.id}: no changes`, committeesTotal: null, doneCommitteeIds: [committee.id] });
    }
  } else {
    await runner.writeTransaction((tx) =>
      writeCommittee(tx, { syncId: job.syncId, committeeId: committee.id, boardId: facts.board.id, areaId: job.areaId, actor: job.actor, plan }),
    );
  }
  report.timings.databaseMs += Math.round(performance.now() - databaseStarted);
}

/** Candidates found through the search index for people the sync brings in; an editor confirms or rejects each. */
async function proposeMatches(runner: QueryRunner, people: { id: string; name: string }[]): Promise<ProposedMatch[]> {
  const asked = people
    .map((person) => ({ id: person.id, name: person.name, query: normaliseForSearch(person.name).split(" ").filter(Boolean).join(" AND ") }))
    .filter((person) => person.query !== "");
  if (asked.length === 0) return [];
  const names = new Map(asked.map((person) => [person.id, person.name]));
  const rows = await runner.read("moderngov-sync/propose-person-matches", {
    people: asked.map(({ id, query }) => ({ id, query })),
    limit: 5,
  });
  return rows.map((row) => ({ personId: row.personId, personName: names.get(row.personId) ?? "", candidateId: row.candidateId, candidateName: row.candidateName }));
}

async function finish(runner: QueryRunner, syncId: string, actor: AuthUser, request: SyncRequest, report: SyncReport, failure: { error: unknown; stoppedAt: string } | null) {
  const error = failure ? (failure.error instanceof Error ? failure.error.message : String(failure.error)) : null;
  const errorCode = failure ? String((failure.error as { extensions?: { code?: unknown } }).extensions?.code ?? "UNEXPECTED") : null;
  const state = failure ? "FAILED" : "SUCCEEDED";
  await runner.writeTransaction(async (tx) => {
    await tx.run("moderngov-sync/finish-sync", { id: syncId, state, report: JSON.stringify(report), error, errorCode, stoppedAt: failure?.stoppedAt ?? null });
    await recordAudit(tx, actor, [
      {
        action: "MODERNGOV_SYNC",
        entityId: report.areaId,
        before: null,
        after: { syncId, baseUrl: request.baseUrl, dryRun: request.dryRun, from: request.from, state, summary: report.summary, error, stoppedAt: failure?.stoppedAt ?? null },
      },
    ]);
  });
}
