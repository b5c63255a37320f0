/**
 * The bench's answer: a short table per scale for the terminal, and the
 * targets it was run against, each marked met or missed.
 */
import type { OperationResult } from "./measure-operations.ts";
import type { LoadReport } from "./synthetic/load-synthetic.ts";

export interface ScaleResult {
  councils: number;
  /** Councils in the database when measured (more than `councils` when kept data held more). */
  loadedCouncils: number;
  load?: LoadReport;
  nodes: number;
  relationships: number;
  storeBytes?: number;
  /** Of the bench process, which hosts our server, the peer and the client; and of the embedded Neo4j's JVM when known. */
  memory: { rssBytes: number; heapUsedBytes: number; neo4jRssBytes?: number };
  operations: OperationResult[];
  /** Operations whose Query field is not in the API yet. */
  missing: string[];
}

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : "-");
const range = (r: { min: number; max: number }) => (Number.isFinite(r.min) ? (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`) : "-");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A Markdown table: it reads well in a terminal and pastes into docs/benchmarks.md as it is. */
export function formatScale(result: ScaleResult): string {
  const lines = [
    `### ${result.councils.toLocaleString("en-GB")} councils (${result.nodes.toLocaleString("en-GB")} nodes, ${result.relationships.toLocaleString("en-GB")} relationships)`,
    "",
    "| operation | GraphQL p50 | GraphQL p95 | Cypher p50 | Cypher p95 | ratio | round trips (tx/queries) | ids in answer | @neo4j/graphql p50 | p95 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const op of result.operations) {
    if (op.graphql.n === 0) {
      lines.push(`| ${op.name} | failed: ${op.errors[0] ?? "no answer"} |||||||||`);
      continue;
    }
    if (op.baseline) {
      lines.push(`| ${op.name} | ${ms(op.graphql.median)} | ${ms(op.graphql.p95)} | - | - | - | 0 / 0 | - | | |`);
      continue;
    }
    lines.push(
      `| ${op.name} | ${ms(op.graphql.median)} | ${ms(op.graphql.p95)} | ${ms(op.raw.median)} | ${ms(op.raw.p95)} | ${op.ratio.toFixed(2)}x | ${range(op.transactions)} / ${range(op.queries)} | ${range(op.items)} | ${op.peer ? ms(op.peer.median) : ""} | ${op.peer ? ms(op.peer.p95) : ""} |`,
    );
  }
  for (const name of result.missing) lines.push(`| ${name} | not in the API yet |||||||||`);
  lines.push("", "Latencies in ms (median and 95th percentile, one request at a time).");
  if (result.load) {
    const { load } = result;
    lines.push(
      `Load of councils up to ${result.councils}: ${load.councils} councils, ${(load.nodes + load.relationships).toLocaleString("en-GB")} nodes+relationships in ${(load.ms / 1000).toFixed(1)} s = ${Math.round(load.itemsPerSecond).toLocaleString("en-GB")}/s (generation and validation ${(load.prepareMs / 1000).toFixed(1)} s of it).`,
    );
  }
  const neo4j = [
    result.memory.neo4jRssBytes ? `Neo4j JVM RSS ${mb(result.memory.neo4jRssBytes)}` : "",
    result.storeBytes ? `Neo4j data folder ${mb(result.storeBytes)}` : "",
  ].filter(Boolean);
  lines.push(`Server (bench process) after measuring: RSS ${mb(result.memory.rssBytes)}, heap used ${mb(result.memory.heapUsedBytes)}${neo4j.length > 0 ? `; ${neo4j.join(", ")}` : ""}.`);
  return lines.join("\n");
}

export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

/** The targets of docs/benchmarks.md, checked on the measured figures. */
export function checkTargets(scales: ScaleResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const measured = scales.flatMap((scale) => scale.operations.filter((op) => op.graphql.n > 0 && !op.baseline).map((op) => ({ scale, op })));
  const slow = measured.filter(({ op }) => op.ratio > 1.2);
  checks.push({
    target: "GraphQL median within 1.2x of raw Cypher",
    met: slow.length === 0,
    detail: slow.length === 0 ? "every operation at every scale" : slow.map(({ scale, op }) => `${op.name} at ${scale.councils}: ${op.ratio.toFixed(2)}x`).join("; "),
  });
  // The latency targets are set for the national scale; a smaller run checks them at its largest scale.
  const largest = [...scales].sort((a, b) => b.councils - a.councils)[0];
  for (const [name, limit] of [["oversightChain", 10], ["healthCheck", 50], ["termsOfReferenceReview(area)", 50]] as const) {
    const op = largest?.operations.find((o) => o.name === name && o.graphql.n > 0);
    checks.push({
      target: `${name} p95 <= ${limit} ms at ${largest?.councils ?? "the largest scale"} councils`,
      met: op !== undefined && op.graphql.p95 <= limit,
      detail: op ? `${ms(op.graphql.p95)} ms` : "not measured",
    });
  }
  const floors = scales.flatMap((scale) => scale.operations.filter((op) => op.baseline && op.graphql.n > 0).map((op) => op.graphql.median));
  checks.push({
    target: "{ __typename } over HTTP at most 0.5 ms median",
    met: floors.length > 0 && floors.every((median) => median <= 0.5),
    detail: floors.length > 0 ? `${floors.map((median) => ms(median)).join(", ")} ms` : "not measured",
  });
  const growing = [...new Set(measured.map(({ op }) => op.name))].filter((name) => {
    const ranges = measured.filter(({ op }) => op.name === name).map(({ op }) => op.transactions);
    return Math.max(...ranges.map((r) => r.max)) !== Math.min(...ranges.map((r) => r.min));
  });
  checks.push({
    target: "round trips constant as lists grow",
    met: growing.length === 0,
    detail: growing.length === 0 ? "same transaction count for every request of an operation, at every scale" : `varies: ${growing.join(", ")}`,
  });
  // A load of a council or two is mostly the planner's and the JIT's first work, not throughput.
  const loads = scales.flatMap((scale) => (scale.load && scale.load.councils >= 10 ? [scale.load] : []));
  const slowest = loads.length > 0 ? Math.min(...loads.map((l) => l.itemsPerSecond)) : Number.NaN;
  checks.push({
    target: "import >= 30,000 nodes+relationships per second",
    met: Number.isFinite(slowest) && slowest >= 30_000,
    detail: Number.isFinite(slowest) ? `${Math.round(slowest).toLocaleString("en-GB")}/s (slowest load of 10 councils or more)` : "no load of 10 councils or more",
  });
  const nested = measured.filter(({ op }) => op.peer);
  checks.push({
    target: "faster than @neo4j/graphql on the nested read",
    met: nested.length > 0 && nested.every(({ op }) => op.peer && op.graphql.median < op.peer.median),
    detail: nested.map(({ scale, op }) => `${scale.councils}: ${ms(op.graphql.median)} vs ${ms(op.peer?.median ?? Number.NaN)} ms`).join("; ") || "not measured",
  });
  return checks;
}

export function formatTargets(checks: TargetCheck[]): string {
  return ["| target | met | measured |", "| --- | --- | --- |", ...checks.map((c) => `| ${c.target} | ${c.met ? "yes" : "**no**"} | ${c.detail} |`)].join("\n");
}
