// npx tsx bench/http-floor.ts: what `{ __typename }` costs over HTTP on this
// machine, our app beside a bare fastify route that answers the same JSON,
// each through Node's `fetch` and through the bench's node:http client
// (post-json.ts), in a tight loop with the client in the server's process.
// No database: the app's query runner refuses every query, and none is made.
// Prints medians; the pairs are measured in alternating blocks so that a slow
// moment of the machine falls on all of them.
import { createApp } from "../server/app.ts";
import type { QueryRunner } from "../server/db/run-query.ts";
import { createLogger } from "../server/logger.ts";
import { bareFloorServer } from "./bare-floor-server.ts";
import { benchAppConfig } from "./bench-config.ts";
import { createJsonPoster } from "./post-json.ts";
import { summarise } from "./stats.ts";

const REQUESTS = 3_000;
const WARMUP = 300;
const BLOCKS = 3;

const refuse = () => Promise.reject(new Error("bench/http-floor makes no database queries"));
const noDatabase: QueryRunner = {
  stats: { transactions: 0, queries: 0 },
  read: refuse,
  write: refuse,
  readTransaction: refuse,
  writeTransaction: refuse,
  autoCommit: refuse,
  runSchemaStatements: refuse,
};

const app = await createApp({ runner: noDatabase, config: benchAppConfig(), logger: createLogger("silent") });
const bare = bareFloorServer();
const urls = {
  ours: `${await app.listen({ host: "127.0.0.1", port: 0 })}/graphql`,
  bare: `${await bare.listen({ host: "127.0.0.1", port: 0 })}/graphql`,
};
const body = JSON.stringify({ query: "{ __typename }" });
const poster = createJsonPoster();

type Client = (url: string) => Promise<string>;
const clients: Record<string, Client> = {
  fetch: async (url) => (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })).text(),
  "node:http": async (url) => (await poster.post(url, body)).text,
};

const times = new Map<string, number[]>();
try {
  for (const [server, url] of Object.entries(urls)) {
    for (const [name, client] of Object.entries(clients)) {
      const answer = await client(url);
      if (!answer.includes('"__typename":"Query"')) throw new Error(`${server} through ${name} answered ${answer.slice(0, 120)}`);
    }
  }
  for (let block = 0; block < BLOCKS; block++) {
    for (const [server, url] of Object.entries(urls)) {
      for (const [name, client] of Object.entries(clients)) {
        for (let i = 0; i < WARMUP; i++) await client(url);
        const key = `${server} through ${name}`;
        const list = times.get(key) ?? [];
        for (let i = 0; i < REQUESTS / BLOCKS; i++) {
          const started = performance.now();
          await client(url);
          list.push(performance.now() - started);
        }
        times.set(key, list);
      }
    }
  }
  for (const [key, list] of times) {
    const { median, p95 } = summarise(list);
    console.log(`${key.padEnd(24)} median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  (${list.length} requests)`);
  }
} finally {
  poster.close();
  await app.close();
  await bare.close();
}
