import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/** What the stand-in answers for one request; by default the fixture's XML with 200. */
export interface FakeAnswer {
  status?: number;
  body?: string;
  contentType?: string;
  /** Wait this long before answering (a slow server). */
  delayMs?: number;
  /** Drop the connection without an answer. */
  destroy?: boolean;
  /** Answer 302 to this URL. */
  redirect?: string;
}

export interface FakeRequest {
  method: string;
  /** GetCommittees, GetMeeting ..., or the page's name (mgCommitteeDetails.aspx). */
  operation: string;
  params: Record<string, string>;
  via: "GET" | "SOAP" | "PAGE";
}

/** The XML (or HTML) of one operation, or null when the server has none (it then answers 404 for a page, 500 for an operation, as ModernGov does). */
export type FixtureSource = (operation: string, params: Record<string, string>) => string | null;

export interface FakeModernGov {
  /** The base URL, http://127.0.0.1:<port>/ */
  url: string;
  /** 127.0.0.1:<port>, as MODERNGOV_HOSTS lists it. */
  host: string;
  requests: FakeRequest[];
  /** Most requests in flight at once so far. */
  maxInFlight: number;
  /** Replaces answers: return undefined for the fixture's own. */
  override: ((request: FakeRequest, count: number) => FakeAnswer | undefined) | null;
  source: FixtureSource;
  close(): Promise<void>;
}

const BRITISH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const toIso = (british: string) => british.replace(BRITISH_DATE, "$3-$2-$1");

/**
 * Serves a fixture folder like a ModernGov site: GetMeetings-<committee>.xml
 * filtered to the asked dates (dd/mm/yyyy; an ISO date matches nothing, as on
 * servers that ignore it), GetMeeting-<id>.xml, GetCommittees.xml,
 * GetCouncillorsByWard.xml and mgCommitteeDetails-<id>.html. Later folders in
 * the list are overlaid by earlier ones.
 */
export function fixtureFolders(...folders: string[]): FixtureSource {
  const read = (name: string) => {
    for (const folder of folders) {
      const file = join(folder, name);
      if (existsSync(file)) return readFileSync(file, "utf8");
    }
    return null;
  };
  return (operation, params) => {
    switch (operation) {
      case "GetCommittees":
      case "GetCouncillorsByWard":
        return read(`${operation}.xml`);
      case "GetMeeting":
        return read(`GetMeeting-${params.lMeetingId}.xml`);
      case "mgCommitteeDetails.aspx":
        return read(`mgCommitteeDetails-${params.ID}.html`);
      case "GetMeetings": {
        const xml = read(`GetMeetings-${params.lCommitteeId}.xml`);
        if (xml === null) return null;
        const from = BRITISH_DATE.test(params.sFromDate ?? "") ? toIso(params.sFromDate ?? "") : null;
        const to = BRITISH_DATE.test(params.sToDate ?? "") ? toIso(params.sToDate ?? "") : null;
        return xml.replace(/\s*<meeting>[\s\S]*?<\/meeting>/g, (meeting) => {
          const date = toIso(/<meetingdate>([^<]+)<\/meetingdate>/.exec(meeting)?.[1] ?? "");
          return from && to && date >= from && date <= to ? meeting : "";
        });
      }
      default:
        return null;
    }
  };
}

function soapEnvelope(operation: string, xml: string): string {
  const inner = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body><${operation}Response xmlns="http://moderngov.co.uk/namespaces"><${operation}Result>${inner}</${operation}Result></${operation}Response></soap:Body></soap:Envelope>`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A ModernGov stand-in on 127.0.0.1 speaking its GET and SOAP protocols and serving committee pages. */
export async function startFakeModernGov(source: FixtureSource): Promise<FakeModernGov> {
  let inFlight = 0;
  const fake: FakeModernGov = {
    url: "",
    host: "",
    requests: [],
    maxInFlight: 0,
    override: null,
    source,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const params = Object.fromEntries(url.searchParams);
    let call: FakeRequest;
    if (request.method === "POST" && url.pathname === "/mgWebService.asmx") {
      const operation = String(request.headers.soapaction ?? "").replace(/^"|"$/g, "").split("/").at(-1) ?? "";
      const body = await readBody(request);
      const fields = Object.fromEntries([...body.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map((match) => [match[1] ?? "", match[2] ?? ""]));
      call = { method: "POST", operation, params: fields, via: "SOAP" };
    } else if (url.pathname.startsWith("/mgWebService.asmx/")) {
      call = { method: "GET", operation: url.pathname.slice("/mgWebService.asmx/".length), params, via: "GET" };
    } else {
      call = { method: "GET", operation: url.pathname.slice(1), params, via: "PAGE" };
    }
    fake.requests.push(call);
    const count = fake.requests.filter((earlier) => earlier.operation === call.operation).length;
    const answer = fake.override?.(call, count);
    if (answer?.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (answer?.destroy) {
      request.socket.destroy();
      return;
    }
    if (answer?.redirect) {
      response.writeHead(302, { location: answer.redirect }).end();
      return;
    }
    const fixture = answer?.body ?? fake.source(call.operation, call.params);
    if (fixture === null) {
      response.writeHead(call.via === "PAGE" ? 404 : 500, { "content-type": "text/html" }).end("<html><body>Not found</body></html>");
      return;
    }
    const body = call.via === "SOAP" && answer?.body === undefined ? soapEnvelope(call.operation, fixture) : fixture;
    const contentType = answer?.contentType ?? (call.via === "PAGE" ? "text/html; charset=utf-8" : "text/xml; charset=utf-8");
    response.writeHead(answer?.status ?? 200, { "content-type": contentType }).end(body);
  }

  const server = createServer((request, response) => {
    inFlight++;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    response.on("close", () => inFlight--);
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.host = `127.0.0.1:${port}`;
  fake.url = `http://${fake.host}/`;
  return fake;
}
