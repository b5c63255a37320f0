// npx tsx bench/floor-after-query.ts [--councils 150] [--keep] [--rounds 2400]
// What `{ __typename }` costs over HTTP in the state the bench's rounds leave
// the process in: right after a database read, and right after another
// `{ __typename }`. Three servers answer it side by side in this process: our
// app, graphql-yoga alone on fastify (our schema, no plugins, served the way
// our app serves it), and a bare fastify route that answers the same JSON.
// The read is oversightChain's Cypher, replayed through the driver as the
// bench's raw side replays it. Servers take turns request by request, so a
// slow moment of the machine falls on all three. Prints medians.
import Fastify from "fastify";
import { createYoga } from "graphql-yoga";
import { parseArgs } from "node:util";
import { createApp, createSchema } from "../server/app.ts";
import { createLogger } from "../server/logger.ts";
import { serveYoga } from "../server/plugins/serve-yoga.ts";
import { bareFloorServer } from "./bare-floor-server.ts";
import { benchAppConfig } from "./bench-config.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { sampleCouncils } from "./council-samples.ts";
import { loadMissingCouncils } from "./load-missing.ts";
import { OPERATIONS } from "./operations.ts";
import { createJsonPoster, errorsIn, FLOOR_BODY } from "./post-json.ts";
import { createRecordingRunner, type RecordedTransaction } from "./recording-runner.ts";
import { replayRaw } from "./replay-raw.ts";
import { summarise } from "./stats.ts";
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from "./synthetic/generate-council.ts";
import { createPrng } from "./synthetic/prng.ts";

const { values } = parseArgs({
  options: {
    councils: { type: "string", default: "150" },
    keep: { type: "boolean", default: false },
    rounds: { type: "string", default: "2400" },
  },
});
const WARMUP_REQUESTS = 3_000;

const logger = createLogger("silent", { pretty: false });
const db = await openBenchDatabase({ logger, keep: values.keep ?? false });
const runner = createRecordingRunner(db.runner);
const yogaAlone = Fastify();
serveYoga(yogaAlone, createYoga({ schema: createSchema(), logging: false }));
const servers = { ours: await createApp({ runner, config: benchAppConfig(), logger }), yogaAlone, bareFastify: bareFloorServer() };
const poster = createJsonPoster();
try {
  const councils = Number(values.councils);
  await loadMissingCouncils(db.runner, councils, DEFAULT_SEED, DEFAULT_REFERENCE_DATE);
  const urls = new Map<string, string>();
  for (const [name, server] of Object.entries(servers)) urls.set(name, `${await server.listen({ host: "127.0.0.1", port: 0 })}/graphql`);
  const ours = urls.get("ours")!;

  // The reads to replay: what oversightChain requests for a dozen sampled strategies ran.
  const chain = OPERATIONS.find((op) => op.name === "oversightChain")!;
  const rng = createPrng(DEFAULT_SEED, 0xf100);
  const reads: RecordedTransaction[][] = [];
  for (const sample of sampleCouncils(councils, 12, DEFAULT_SEED, DEFAULT_REFERENCE_DATE)) {
    const variables = chain.variables(sample, rng, DEFAULT_REFERENCE_DATE);
    if (!variables) continue;
    const { result, transactions } = await runner.record(() => poster.post(ours, JSON.stringify({ query: chain.query, variables })));
    const problems = errorsIn(result);
    if (problems.length > 0) throw new Error(`oversightChain answered: ${problems[0]}`);
    reads.push(transactions);
  }
  if (reads.length === 0) throw new Error("No sampled council has a strategy to ask about");

  // Every server's path compiled first, as the bench warms ours.
  for (const url of urls.values()) {
    for (let i = 0; i < WARMUP_REQUESTS; i++) await poster.post(url, FLOOR_BODY);
  }
  const measured = [...urls].map(([name, url]) => ({ name, url, afterRead: [] as number[], afterFloor: [] as number[] }));
  for (let round = 0; round < Number(values.rounds); round++) {
    const server = measured[round % measured.length]!;
    await replayRaw(db.driver, db.target.database, db.queries, reads[round % reads.length]!);
    const first = await poster.post(server.url, FLOOR_BODY);
    const second = await poster.post(server.url, FLOOR_BODY);
    if (!first.text.includes('"__typename":"Query"') || !second.text.includes('"__typename":"Query"')) throw new Error(`${server.name} answered ${first.text.slice(0, 120)}`);
    server.afterRead.push(first.ms);
    server.afterFloor.push(second.ms);
  }
  console.log(`{ __typename } over HTTP at ${councils} councils, medians of ${Number(values.rounds) / measured.length} requests per server and state:`);
  for (const { name, afterRead, afterFloor } of measured) {
    const read = summarise(afterRead).median;
    const floor = summarise(afterFloor).median;
    console.log(`${name.padEnd(12)} right after a read ${read.toFixed(3)} ms   right after another { __typename } ${floor.toFixed(3)} ms`);
  }
} finally {
  poster.close();
  for (const server of Object.values(servers)) await server.close();
  await db.close();
}
process.exit(0);
