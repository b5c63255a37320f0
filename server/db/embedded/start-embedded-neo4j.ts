import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { isAbsolute, join } from "node:path";
import type { Logger } from "../../logger.ts";
import { createProgress } from "../../progress.ts";
import type { DatabaseTarget } from "../create-driver.ts";
import { ensureNeo4jRuntime, REPO_ROOT } from "./runtime.ts";
import { type RunningProcess, type SupervisorOptions, superviseProcess } from "./supervise-process.ts";

export interface EmbeddedNeo4j {
  target: DatabaseTarget;
  /** Resolves once the JVM has exited. Safe to call twice. */
  stop(): Promise<void>;
  /** The JVM running now (none while it is being restarted, or when another process's Neo4j is shared). */
  pid(): number | undefined;
  /** Why the database is away, in words for /health (no host or port); undefined while it runs. */
  outage(): string | undefined;
}

export interface EmbeddedNeo4jOptions {
  /** Data folder; relative paths are taken from the repository root. */
  home: string;
  logger: Logger;
  /** A busy two-core machine can take minutes. @default 180000 */
  startTimeoutMs?: number;
  /** Heap for the JVM. @default "1g" */
  heap?: string;
  /**
   * Restart the JVM when it exits unexpectedly (with backoff), and call
   * `onGiveUp` after five failed restarts within ten minutes. Without it the
   * database stays down once its JVM dies (the tests' shared server).
   */
  supervise?: Pick<SupervisorOptions, "onGiveUp" | "backoffMs" | "maxFailures" | "windowMs">;
}

/**
 * Starts Neo4j Community on 127.0.0.1 on a free port, with authentication on
 * and a generated password kept in the data folder (never in the repository).
 * A restarted JVM takes the same port, so the driver finds it again by itself.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { logger } = options;
  const home = isAbsolute(options.home) ? options.home : join(REPO_ROOT, options.home);
  mkdirSync(home, { recursive: true });
  const password = readOrCreatePassword(join(home, "password"));
  const running = findRunningInstance(home);
  if (running) {
    // `npm run seed` (or import, export, token) while `npm start` runs: share its server, and leave it running.
    logger.info({ port: running.port, pid: running.pid }, "Using the local Neo4j that is already running for this data folder");
    return { target: targetFor(running.port, password), stop: async () => undefined, pid: () => undefined, outage: () => undefined };
  }
  const runtime = await ensureNeo4jRuntime(logger);
  const port = await findFreePort();
  const runningFile = join(home, RUNNING_FILE);
  const launch = (signal?: AbortSignal) =>
    launchJvm({ classpath: runtime.classpath, home, port, password, heap: options.heap ?? "1g", logger, timeoutMs: options.startTimeoutMs ?? 180_000, signal });
  const publish = (jvm: RunningProcess) => writeFileSync(runningFile, `${JSON.stringify({ pid: jvm.pid, port })}\n`);
  process.once("exit", () => rmSync(runningFile, { force: true }));

  const first = await launch();
  publish(first);
  if (!options.supervise) {
    return {
      target: targetFor(port, password),
      stop: async () => {
        rmSync(runningFile, { force: true });
        await first.stop();
      },
      pid: () => first.pid,
      outage: () => undefined,
    };
  }
  const supervisor = superviseProcess(first, {
    name: "the local Neo4j",
    start: (signal) => launch(signal),
    onRestarted: publish,
    logger,
    ...options.supervise,
  });
  return {
    target: targetFor(port, password),
    stop: async () => {
      rmSync(runningFile, { force: true });
      await supervisor.stop();
    },
    pid: () => supervisor.pid(),
    outage: () => supervisor.outage(),
  };
}

interface LaunchOptions {
  classpath: string;
  home: string;
  port: number;
  password: string;
  heap: string;
  logger: Logger;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** One JVM, resolved once Bolt accepts connections; an aborted or failed start leaves no JVM behind. */
async function launchJvm({ classpath, home, port, password, heap, logger, timeoutMs, signal }: LaunchOptions): Promise<RunningProcess> {
  const progress = createProgress("Starting Neo4j");
  const child = spawn("java", [`-Xmx${heap}`, "-XX:+UseG1GC", "-cp", classpath, "EmbeddedNeo4j", home, String(port)], {
    // stdin stays open as a pipe: when this process dies, the JVM sees end-of-file and shuts down.
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, NEO4J_LAUNCH_PASSWORD: password },
  });
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, exitSignal) => {
      process.removeListener("exit", killOnExit);
      resolve({ code, signal: exitSignal });
    });
  });
  // Keep reading its output, so that a chatty JVM never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  const stop = stopper(child, exited, logger);
  try {
    await waitForReady(child, timeoutMs, () => progress.update(`waiting for Bolt on port ${port}`), home, signal);
  } catch (error) {
    progress.done("failed");
    await stop();
    throw error;
  }
  progress.done(`listening on bolt://127.0.0.1:${port}`);
  return { pid: child.pid, exited, stop };
}

/** Marks a data folder whose Neo4j is up, so that other commands connect instead of starting a second one. */
const RUNNING_FILE = "running.json";

function targetFor(port: number, password: string) {
  return { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password, database: "neo4j" };
}

function findRunningInstance(home: string): { pid: number; port: number } | undefined {
  const file = join(home, RUNNING_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const running = JSON.parse(readFileSync(file, "utf8")) as { pid: number; port: number };
    process.kill(running.pid, 0); // throws when no such process: a stale file left by a killed service
    return running;
  } catch {
    rmSync(file, { force: true });
    return undefined;
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 8) return saved;
  }
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number, onTick: () => void, home: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error("Neo4j start-up was cancelled"));
      return;
    }
    const onAbort = () => finish(new Error("Neo4j start-up was cancelled"));
    signal?.addEventListener("abort", onAbort, { once: true });
    const stderr: string[] = [];
    const ticker = setInterval(onTick, 1_000);
    const timer = setTimeout(() => finish(new Error(`Neo4j did not start within ${timeoutMs / 1000}s. See ${join(home, "logs")}.\n${stderr.join("")}`)), timeoutMs);
    function finish(error?: Error) {
      signal?.removeEventListener("abort", onAbort);
      clearInterval(ticker);
      clearTimeout(timer);
      child.stdout?.removeAllListeners("data");
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString("utf8").includes("READY ")) finish();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr.push(chunk.toString("utf8"));
      if (stderr.length > 50) stderr.shift();
    });
    child.on("exit", (code) => finish(new Error(`Neo4j exited during start-up (code ${code}):\n${stderr.join("")}`)));
  });
}

/**
 * SIGTERM, then SIGKILL after 5 s: Neo4j ends open transactions within 5 s
 * (shutdown_transaction_end_timeout), and the service promises to stop within
 * 10 s whatever the database is doing. The store recovers from its log after a kill.
 */
function stopper(child: ChildProcess, exited: Promise<unknown>, logger: Logger): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      logger.info("Stopping Neo4j");
      child.stdin?.end();
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(forced);
      logger.info("Neo4j stopped");
    }
  };
}
