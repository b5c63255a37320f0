/**
 * The bench's HTTP client: one kept-alive connection per server, through
 * node:http. The client runs in the same process and on the same event loop
 * as the server it measures, so whatever it costs is added to every GraphQL
 * figure and to none of the Cypher ones. Node's own `fetch` cost about 0.35 ms
 * a request more than this on the bench machine (a bare fastify route: 0.32
 * ms with `fetch`, 0.05 ms with node:http, in a loop of 3,000 requests),
 * which is the client's work, not the service's; a browser's fetch is another
 * program altogether.
 */
import { Agent, request } from "node:http";

export interface Posted {
  /** From sending the request to the last byte of the answer. */
  ms: number;
  status: number;
  text: string;
}

export interface JsonPoster {
  post(url: string, body: string): Promise<Posted>;
  close(): void;
}

export function createJsonPoster(): JsonPoster {
  // One socket per server, reused: requests run one at a time.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post(url, body) {
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const outgoing = request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", reject);
          response.on("end", () => resolve({ ms: performance.now() - started, status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        });
        outgoing.on("error", reject);
        outgoing.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** `{ __typename }`: the request that touches no database, the fixed part of every GraphQL latency. */
export const FLOOR_BODY = JSON.stringify({ query: "query Floor { __typename }" });

/** What is wrong with a GraphQL answer: its errors' messages, or why it is no answer at all; empty when it is one. */
export function errorsIn({ status, text }: Pick<Posted, "status" | "text">): string[] {
  // A refusal (429, 503) is not a measurement, whatever its body looks like.
  if (status !== 200) return [`HTTP ${status}: ${text.slice(0, 120)}`];
  try {
    const answer = JSON.parse(text) as { errors?: { message: string }[] };
    return (answer.errors ?? []).map((error) => error.message);
  } catch {
    return [`not JSON: ${text.slice(0, 120)}`];
  }
}
