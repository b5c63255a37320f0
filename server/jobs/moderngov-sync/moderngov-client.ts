import type { GraphQLError } from "graphql";
import { type HostPolicy, checkHost } from "./host-policy.ts";
import { limitConcurrency } from "./limit-concurrency.ts";
import type { MgCommittee, MgCommitteePage, MgCouncillor, MgMeeting, MgMeetingDetail, RequestPlace } from "./moderngov-records.ts";
import { parseAnswer, parseCommittees, parseCouncillors, parseMeeting, parseMeetings } from "./parse-answers.ts";
import { parseCommitteePage } from "./parse-committee-page.ts";
import { UnusableAnswer, moderngovError } from "./sync-errors.ts";

export interface ClientOptions {
  /** The council's democracy site: the folder holding mgWebService.asmx. */
  baseUrl: string;
  policy: HostPolicy;
  timeoutMs: number;
  attempts: number;
  backoffMs: number;
  concurrency: number;
  /** GET answers the bare XML; SOAP posts an envelope and unwraps `<OperationResponse><OperationResult>`. @default GET */
  transport?: "GET" | "SOAP";
  /** Counts every HTTP request made, retries included (the bench and the tests read it). */
  onRequest?: () => void;
}

const MAX_REDIRECTS = 5;
const SOAP_NAMESPACE = "http://moderngov.co.uk/namespaces";

/** The GraphQL errors the client throws carry their code; anything else is a defect. */
const isFinal = (error: unknown): error is GraphQLError => error instanceof Error && "extensions" in error;

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** dd/mm/yyyy, the only form every ModernGov server reads (some ignore an ISO date silently). */
export function toModernGovDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/**
 * ModernGov's web service and committee pages over HTTP: each request checked
 * against the host policy (redirects too), abandoned after the timeout, retried
 * with doubling waits on a timeout, a dropped connection, 429 or a 5xx answer,
 * and at most `concurrency` requests in flight.
 */
export function createModernGovClient(options: ClientOptions) {
  const base = new URL(options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`);
  const limit = limitConcurrency(options.concurrency);
  const transport = options.transport ?? "GET";

  async function fetchOnce(url: URL, init: RequestInit, place: RequestPlace): Promise<{ status: number; text: string }> {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      await checkHost(current, options.policy, place);
      options.onRequest?.();
      const response = await fetch(current, { ...init, redirect: "manual", signal: AbortSignal.timeout(options.timeoutMs) });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current);
        // A redirected POST becomes a GET for 301-303, as browsers do.
        if (response.status <= 303 && init.method === "POST") init = { method: "GET" };
        continue;
      }
      return { status: response.status, text: await response.text() };
    }
    throw moderngovError("GOV_MODERNGOV_HTTP_ERROR", place, `more than ${MAX_REDIRECTS} redirects from ${url.href}`);
  }

  async function request(url: URL, init: RequestInit, place: RequestPlace): Promise<string> {
    let lastError: GraphQLError | null = null;
    for (let attempt = 1; attempt <= options.attempts; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, options.backoffMs * 2 ** (attempt - 2)));
      try {
        const { status, text } = await limit(() => fetchOnce(url, init, place));
        if (status >= 200 && status < 300) return text;
        lastError = moderngovError("GOV_MODERNGOV_HTTP_ERROR", place, `HTTP ${status} from ${url.host}`);
        if (status !== 429 && status !== 408 && status < 500) break;
      } catch (error) {
        if (isFinal(error)) throw error;
        const name = (error as Error).name;
        lastError =
          name === "TimeoutError" || name === "AbortError"
            ? moderngovError("GOV_MODERNGOV_TIMEOUT", place, `no answer within ${options.timeoutMs} ms from ${url.host}`)
            : moderngovError("GOV_MODERNGOV_UNREACHABLE", place, `${url.host}: ${describeNetworkError(error)}`);
      }
    }
    throw lastError ?? moderngovError("GOV_MODERNGOV_UNREACHABLE", place, url.host);
  }

  async function call(operation: string, params: Record<string, string>, place: RequestPlace) {
    const text =
      transport === "GET"
        ? await request(new URL(`mgWebService.asmx/${operation}?${new URLSearchParams(params)}`, base), { method: "GET" }, place)
        : await request(
            new URL("mgWebService.asmx", base),
            {
              method: "POST",
              headers: { "content-type": "text/xml; charset=utf-8", soapaction: `${SOAP_NAMESPACE}/${operation}` },
              body: soapEnvelope(operation, params),
            },
            place,
          );
    try {
      return parseAnswer(text, operation);
    } catch (error) {
      if (error instanceof UnusableAnswer) throw moderngovError("GOV_MODERNGOV_BAD_ANSWER", place, error.message);
      throw error;
    }
  }

  /** Runs a parser, turning its refusal into an error naming the place. */
  function read<T>(place: RequestPlace, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof UnusableAnswer) throw moderngovError("GOV_MODERNGOV_BAD_ANSWER", place, error.message);
      throw error;
    }
  }

  return {
    host: base.host,
    baseUrl: base.href,
    async committees(): Promise<MgCommittee[]> {
      const place = { operation: "GetCommittees" };
      const document = await call("GetCommittees", {}, place);
      return read(place, () => parseCommittees(document));
    },
    async councillors(): Promise<MgCouncillor[]> {
      const place = { operation: "GetCouncillorsByWard" };
      const document = await call("GetCouncillorsByWard", {}, place);
      return read(place, () => parseCouncillors(document));
    },
    /** One page of meetings, from and to as ISO dates. */
    async meetings(committeeId: string, from: string, to: string): Promise<MgMeeting[]> {
      const place = { operation: "GetMeetings", committeeId };
      const document = await call("GetMeetings", { lCommitteeId: committeeId, sFromDate: toModernGovDate(from), sToDate: toModernGovDate(to) }, place);
      return read(place, () => parseMeetings(document));
    },
    async meeting(committeeId: string, meetingId: string): Promise<MgMeetingDetail> {
      const place = { operation: `GetMeeting ${meetingId}`, committeeId };
      const document = await call("GetMeeting", { lMeetingId: meetingId }, place);
      return read(place, () => parseMeeting(document, meetingId));
    },
    /** The committee's page: purpose and members. A page the server does not have (404) gives neither. */
    async committeePage(committeeId: string): Promise<MgCommitteePage> {
      const place = { operation: "mgCommitteeDetails.aspx", committeeId };
      try {
        const html = await request(new URL(`mgCommitteeDetails.aspx?ID=${encodeURIComponent(committeeId)}`, base), { method: "GET" }, place);
        return parseCommitteePage(html);
      } catch (error) {
        if (isFinal(error) && /HTTP 404/.test(error.message)) return { purpose: null, members: [] };
        throw error;
      }
    },
  };
}

export type ModernGovClient = ReturnType<typeof createModernGovClient>;

function soapEnvelope(operation: string, params: Record<string, string>): string {
  const fields = Object.entries(params)
    .map(([key, value]) => `<${key}>${xmlEscape(value)}</${key}>`)
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${operation} xmlns="${SOAP_NAMESPACE}">${fields}</${operation}></soap:Body></soap:Envelope>`;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
