/**
 * Measures the operations side by side: after a warm-up, every round sends
 * each operation once through GraphQL over HTTP, once as raw Cypher through
 * the driver and, for the nested read, once to the @neo4j/graphql peer, in a
 * shuffled order, so that a slow moment of the machine falls on all of them.
 */
import type { Driver } from "neo4j-driver";
import type { QueryRegistry } from "../server/db/query-registry.ts";
import type { Progress } from "../server/progress.ts";
import { createPrng, type Prng } from "./synthetic/prng.ts";
import type { CouncilSample } from "./council-samples.ts";
import type { BenchOperation } from "./operations.ts";
import { createJsonPoster, errorsIn, FLOOR_BODY, type JsonPoster } from "./post-json.ts";
import type { RecordedTransaction, RecordingRunner } from "./recording-runner.ts";
import { replayRaw } from "./replay-raw.ts";
import { type Range, rangeOf, type Summary, summarise } from "./stats.ts";

export interface MeasureOptions {
  operations: BenchOperation[];
  samples: CouncilSample[];
  ourUrl: string;
  peerUrl?: string;
  runner: RecordingRunner;
  driver: Driver;
  database: string;
  queries: QueryRegistry;
  rounds: number;
  warmup: number;
  /** Floor requests sent before the rounds, to warm the server's HTTP and GraphQL path. @default 3000 */
  serverWarmup?: number;
  seed: number;
  asOf: string;
  progress?: Progress;
}

export interface OperationResult {
  name: string;
  /** Measures HTTP and GraphQL alone: no raw counterpart, no ratio. */
  baseline: boolean;
  graphql: Summary;
  raw: Summary;
  /** GraphQL median over raw median. */
  ratio: number;
  peer?: Summary;
  /** Transactions (round trips) and queries per GraphQL request, over every request made. */
  transactions: Range;
  queries: Range;
  /** Objects with an id in the answer: how long the lists were. */
  items: Range;
  errors: string[];
}

interface Call {
  variables: Record<string, unknown>;
  body: string;
  peerBody?: string;
  transactions: RecordedTransaction[];
}

const SERVER_WARMUP_REQUESTS = 3_000;

function shuffle<T>(rng: Prng, items: T[]): T[] {
  return rng.sample(items, items.length);
}

export async function measureOperations(options: MeasureOptions): Promise<OperationResult[]> {
  const poster = createJsonPoster();
  try {
    return await measureWith(options, poster.post);
  } finally {
    poster.close();
  }
}

async function measureWith(options: MeasureOptions, post: JsonPoster["post"]): Promise<OperationResult[]> {
  const rng = createPrng(options.seed, 0xbe7c4);
  const { runner } = options;
  const state = new Map<BenchOperation, { calls: Call[]; graphql: number[]; raw: number[]; peer: number[]; tx: number[]; q: number[]; items: number[]; errors: Set<string> }>();

  // Fix the parameter sets, and record once what each request runs: the script the raw replay follows.
  for (const operation of options.operations) {
    const calls: Call[] = [];
    const errors = new Set<string>();
    for (let i = 0; i < 24; i++) {
      const variables = operation.variables(options.samples[i % options.samples.length] as CouncilSample, rng, options.asOf);
      if (!variables) continue;
      const body = JSON.stringify({ query: operation.query, variables });
      const { result, transactions } = await runner.record(() => post(options.ourUrl, body));
      const problems = errorsIn(result);
      for (const problem of problems) errors.add(problem);
      if (problems.length > 0) continue;
      const peerBody = operation.peer && options.peerUrl ? JSON.stringify({ query: operation.peer.query, variables: operation.peer.variables(variables) }) : undefined;
      calls.push({ variables, body, transactions, ...(peerBody ? { peerBody } : {}) });
    }
    state.set(operation, { calls, graphql: [], raw: [], peer: [], tx: [], q: [], items: [], errors });
  }
  const live = options.operations.filter((operation) => (state.get(operation)?.calls.length ?? 0) > 0);

  // A server that has been up a while has compiled its HTTP and GraphQL path; a fresh one has not, and
  // the first couple of thousand requests run slower (the floor: 0.86 ms after 50 requests, 0.14 ms
  // after 2,000). Every scale starts with that many floor requests, so the rounds measure the warm path.
  for (let i = 0; i < (options.serverWarmup ?? SERVER_WARMUP_REQUESTS); i++) {
    const problems = errorsIn(await post(options.ourUrl, FLOOR_BODY));
    if (problems.length > 0) throw new Error(`The server's warm-up was refused: ${problems[0]}`);
  }

  const total = options.warmup + options.rounds;
  for (let round = 0; round < total; round++) {
    const measuring = round >= options.warmup;
    for (const operation of shuffle(rng, live)) {
      const s = state.get(operation)!;
      const call = s.calls[round % s.calls.length] as Call;
      const modes = operation.baseline ? ["graphql"] : shuffle(rng, call.peerBody ? ["graphql", "raw", "peer"] : ["graphql", "raw"]);
      for (const mode of modes) {
        if (mode === "graphql") {
          const { result, transactions } = await runner.record(() => post(options.ourUrl, call.body));
          const problems = errorsIn(result);
          for (const problem of problems) s.errors.add(problem);
          if (!measuring) continue;
          s.graphql.push(result.ms);
          s.tx.push(transactions.length);
          s.q.push(transactions.reduce((sum, t) => sum + t.calls.length, 0));
          s.items.push((result.text.match(/"id":/g) ?? []).length);
        } else if (mode === "raw") {
          const started = performance.now();
          await replayRaw(options.driver, options.database, options.queries, call.transactions);
          if (measuring) s.raw.push(performance.now() - started);
        } else if (options.peerUrl && call.peerBody) {
          const answer = await post(options.peerUrl, call.peerBody);
          const problems = errorsIn(answer);
          for (const problem of problems) s.errors.add(`peer: ${problem}`);
          if (measuring) s.peer.push(answer.ms);
        }
      }
    }
    options.progress?.update(`${measuring ? "round" : "warm-up"} ${round + 1}/${total}`, (round + 1) / total);
  }

  return options.operations.map((operation) => {
    const s = state.get(operation)!;
    const graphql = summarise(s.graphql);
    const raw = summarise(s.raw);
    return {
      name: operation.name,
      baseline: operation.baseline ?? false,
      graphql,
      raw,
      ratio: graphql.median / raw.median,
      ...(s.peer.length > 0 ? { peer: summarise(s.peer) } : {}),
      transactions: rangeOf(s.tx),
      queries: rangeOf(s.q),
      items: rangeOf(s.items),
      errors: [...s.errors].slice(0, 5),
    };
  });
}
