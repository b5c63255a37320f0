import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { type Database, openDatabase } from "../../server/database.ts";
import { REPO_ROOT } from "../../server/db/embedded/runtime.ts";
import { jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { testLogger } from "../support/test-database.ts";

/**
 * Kills the local Neo4j's JVM under writes and watches the service fail fast
 * and come back by itself. The service runs as its own process (`server/main.ts`)
 * on its OWN embedded Neo4j in a throwaway folder, not the tests' shared one;
 * a second, in-process app reaches the same Neo4j through NEO4J_URI, as a
 * service on an external server or cluster would.
 */

const BOOT_TIMEOUT_MS = 240_000;
const RECOVERY_TIMEOUT_MS = 240_000;
const FAST_FAILURE_MS = 2_000;
const LIGHT_READ = /* GraphQL */ `{ entity(id: "area-essex") { id } }`;
const CREATE = /* GraphQL */ `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id version } }`;

interface Answer {
  status: number;
  ms: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  text: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Thrown by a probe when waiting longer is pointless (the service has exited). */
class GiveUp extends Error {}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch((error: unknown) => {
      if (error instanceof GiveUp) throw error;
      return undefined;
    });
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The JVM's pid as the launcher published it in the data folder. */
function jvmPid(home: string): number {
  return (JSON.parse(readFileSync(join(home, "running.json"), "utf8")) as { pid: number }).pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the database goes away and comes back", () => {
  const home = (() => {
    mkdirSync(join(REPO_ROOT, ".neo4j"), { recursive: true });
    return mkdtempSync(join(REPO_ROOT, ".neo4j", "outage-"));
  })();
  let service: ChildProcess | undefined;
  let serviceExit: Promise<number | null> | undefined;
  const logLines: string[] = [];
  let base = "";
  let external: { database: Database; app: FastifyInstance } | undefined;
  let editor: Record<string, string> = {};

  async function ask(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
    const began = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: Answer["body"];
    try {
      body = JSON.parse(text) as Answer["body"];
    } catch {
      body = undefined;
    }
    return { status: response.status, ms: performance.now() - began, body, text };
  }

  async function askExternal(query: string): Promise<Answer> {
    if (!external) throw new Error("no external app");
    const began = performance.now();
    const response = await external.app.inject({ method: "POST", url: "/graphql", payload: { query } });
    return { status: response.statusCode, ms: performance.now() - began, body: response.json(), text: response.body };
  }

  beforeAll(async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      NEO4J_HOME: home,
      SEED_ON_START: "true",
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: "info",
      NEO4J_TRANSACTION_TIMEOUT_MS: "120000",
    };
    delete env.NEO4J_URI;
    delete env.NEO4J_PASSWORD;
    service = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    serviceExit = new Promise((resolve) => service?.once("exit", (code) => resolve(code)));
    for (const stream of [service.stdout, service.stderr]) {
      stream?.on("data", (chunk: Buffer) => logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
    }
    base = `http://127.0.0.1:${port}`;
    await until("the service answering /health", BOOT_TIMEOUT_MS, async () => {
      if (service?.exitCode !== null) throw new GiveUp(`the service exited (code ${service?.exitCode}):\n${logLines.slice(-30).join("\n")}`);
      return (await fetch(`${base}/health`)).status === 200 ? true : undefined;
    }).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logLines.slice(-30).join("\n")}`);
    });
    editor = await jwtHeaders("editor", "Olive Outage");

    // The same Neo4j as an external server: what a deployment with NEO4J_URI sees.
    const boltPort = (JSON.parse(readFileSync(join(home, "running.json"), "utf8")) as { port: number }).port;
    const config = loadConfig({
      NODE_ENV: "test",
      // The timeout is not what this test is about; a busy machine should not trip it.
      NEO4J_TRANSACTION_TIMEOUT_MS: "120000",
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      NEO4J_PASSWORD: readFileSync(join(home, "password"), "utf8").trim(),
    });
    const database = await openDatabase(config, testLogger);
    external = { database, app: await createApp({ runner: database.runner, config, logger: testLogger }) };
  }, BOOT_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    await external?.app.close();
    await external?.database.close();
    if (service && service.exitCode === null) {
      service.kill("SIGTERM");
      await Promise.race([serviceExit, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (service.exitCode === null) service.kill("SIGKILL");
    }
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it(
    "answers 503 GOV_DB_UNAVAILABLE within 2 s, restarts Neo4j, recovers by itself and loses no acknowledged write",
    async () => {
      const acked: string[] = [];
      let attempted = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          const id = `board-outage-${attempted++}`;
          const input = {
            id,
            label: "Board",
            name: `Outage Test Board ${attempted}`,
            kind: "SAFEGUARDING_BOARD",
            areaId: "area-essex",
            validFrom: "2020-01-01",
            sources: [{ document: "002_04cb78379c9a0f0c.txt", section: "1" }],
          };
          const answer = await ask(CREATE, { input }, editor).catch(() => undefined);
          if (answer?.status === 200 && !answer.body?.errors && answer.body?.data?.createEntity) acked.push(id);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      await until("a few acknowledged writes", 60_000, async () => (acked.length >= 10 ? true : undefined));

      const killedPid = jvmPid(home);
      const killedAt = performance.now();
      process.kill(killedPid, "SIGKILL");

      // The service (embedded) and the NEO4J_URI app both refuse fast, with 503 and our code, naming no address.
      const slowest = { service: 0, external: 0 };
      const first503 = await until("the first 503 from the service", 30_000, async () => {
        const answer = await ask(LIGHT_READ);
        slowest.service = Math.max(slowest.service, answer.ms);
        return answer.status === 503 ? answer : undefined;
      });
      const timeTo503 = performance.now() - killedAt;
      expect(first503.body?.errors?.[0]?.extensions?.code).toBe("GOV_DB_UNAVAILABLE");
      expect(first503.body?.errors?.[0]?.message).toMatch(/graph database is unavailable/);
      expect(first503.text).not.toMatch(/127\.0\.0\.1|bolt:|:\d{4,5}\b/);
      const external503 = await until("the first 503 from the NEO4J_URI app", 30_000, async () => {
        const answer = await askExternal(LIGHT_READ);
        slowest.external = Math.max(slowest.external, answer.ms);
        return answer.status === 503 ? answer : undefined;
      });
      expect(external503.body?.errors?.[0]?.extensions?.code).toBe("GOV_DB_UNAVAILABLE");
      for (let i = 0; i < 3; i++) {
        const during = await ask(LIGHT_READ);
        if (during.status === 200) break; // already back: nothing more to time
        expect(during.status).toBe(503);
        expect(during.ms).toBeLessThan(FAST_FAILURE_MS);
        const outside = await askExternal(LIGHT_READ);
        if (outside.status !== 200) expect(outside.ms).toBeLessThan(FAST_FAILURE_MS);
      }
      const health = await fetch(`${base}/health`);
      const healthText = await health.text();
      if (health.status === 503) {
        expect(JSON.parse(healthText).reason).toMatch(/^the graph database is unavailable: the local Neo4j (stopped|could not be restarted)/);
        expect(healthText).not.toMatch(/127\.0\.0\.1|bolt:|:\d{4,5}\b/);
      }

      await until("the service answering again", RECOVERY_TIMEOUT_MS, async () => ((await ask(LIGHT_READ)).status === 200 ? true : undefined));
      const timeToRecovery = performance.now() - killedAt;
      await until("the NEO4J_URI app answering again", 60_000, async () => ((await askExternal(LIGHT_READ)).status === 200 ? true : undefined));
      const timeToExternalRecovery = performance.now() - killedAt;
      const supervisorLines = logLines.filter((line) => /Neo4j|restart/i.test(line)).map((line) => {
        try {
          const entry = JSON.parse(line) as { level: number; msg: string };
          return `  [${entry.level}] ${entry.msg}`;
        } catch {
          return `  ${line}`;
        }
      });
      console.log(`the service's log about its Neo4j:\n${supervisorLines.join("\n")}`);
      // Bolt answers a moment before the launcher reports the JVM ready and publishes its pid.
      await until("the new JVM published", 120_000, async () => (jvmPid(home) !== killedPid ? true : undefined));
      expect((await fetch(`${base}/health`)).status).toBe(200);

      const ackedBeforeRecovery = acked.length;
      await until("writes acknowledged after recovery", 60_000, async () => (acked.length >= ackedBeforeRecovery + 5 ? true : undefined));
      writing = false;
      await writer;

      const lost: string[] = [];
      for (const id of acked) {
        const answer = await ask(/* GraphQL */ `query ($id: ID!) { entity(id: $id) { id } }`, { id });
        if ((answer.body?.data?.entity as { id?: string } | null)?.id !== id) lost.push(id);
      }
      const exitLine = logLines.find((line) => line.includes("exited unexpectedly"));
      expect(exitLine, "an error-level log line about the JVM's exit").toBeDefined();
      expect(JSON.parse(exitLine ?? "{}").level).toBe(50);

      console.log(
        [
          "database outage figures:",
          `  time to first 503 (service, embedded): ${Math.round(timeTo503)} ms; slowest answer while away: ${Math.round(slowest.service)} ms`,
          `  slowest answer while away (NEO4J_URI app): ${Math.round(slowest.external)} ms`,
          `  time to recovery (service): ${(timeToRecovery / 1000).toFixed(1)} s; NEO4J_URI app: ${(timeToExternalRecovery / 1000).toFixed(1)} s`,
          `  writes attempted ${attempted}, acknowledged ${acked.length}, acknowledged but lost ${lost.length}`,
        ].join("\n"),
      );
      expect(timeTo503).toBeLessThan(FAST_FAILURE_MS + 1_000);
      expect(slowest.service).toBeLessThan(FAST_FAILURE_MS);
      expect(slowest.external).toBeLessThan(FAST_FAILURE_MS);
      expect(lost).toEqual([]);
    },
    RECOVERY_TIMEOUT_MS + 180_000,
  );

  it("stops within 10 s on SIGTERM while its database is down, leaving no JVM behind", async () => {
    if (!service) throw new Error("no service");
    process.kill(jvmPid(home), "SIGKILL");
    await until("the service noticing", 30_000, async () => ((await ask(LIGHT_READ)).status === 503 ? true : undefined));
    const began = performance.now();
    service.kill("SIGTERM");
    const code = await Promise.race([serviceExit, new Promise<"late">((resolve) => setTimeout(() => resolve("late"), 20_000))]);
    const took = performance.now() - began;
    console.log(`database outage figures: SIGTERM with the database down took ${Math.round(took)} ms (exit code ${String(code)})`);
    expect(code).toBe(0);
    expect(took).toBeLessThan(10_000);
    const left = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes("EmbeddedNeo4j") && line.includes(home));
    expect(left.filter((line) => isAlive(Number(line.trim().split(/\s+/)[0])))).toEqual([]);
  }, 60_000);
});
