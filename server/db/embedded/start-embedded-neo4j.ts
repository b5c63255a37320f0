import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { isAbsolute, join } from "node:path";
import type { Logger } from "../../logger.ts";
import { createProgress } from "../../progress.ts";
import type { DatabaseTarget } from "../create-driver.ts";
import { ensureNeo4jRuntime, REPO_ROOT } from "./runtime.ts";

export interface EmbeddedNeo4j {
  target: DatabaseTarget;
  /** Resolves once the JVM has exited. Safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedNeo4jOptions {
  /** Data folder; relative paths are taken from the repository root. */
  home: string;
  logger: Logger;
  /** A busy two-core machine can take minutes. @default 180000 */
  startTimeoutMs?: number;
  /** Heap for the JVM. @default "1g" */
  heap?: string;
}

/**
 * Starts Neo4j Community on 127.0.0.1 on a free port, with authentication on
 * and a generated password kept in the data folder (never in the repository).
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
    return { target: targetFor(running.port, password), stop: async () => undefined };
  }
  const runtime = await ensureNeo4jRuntime(logger);
  const port = await findFreePort();

  const progress = createProgress("Starting Neo4j");
  const child = spawn(
    "java",
    [`-Xmx${options.heap ?? "1g"}`, "-XX:+UseG1GC", "-cp", runtime.classpath, "EmbeddedNeo4j", home, String(port)],
    {
      // stdin stays open as a pipe: when this process dies, the JVM sees end-of-file and shuts down.
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NEO4J_LAUNCH_PASSWORD: password },
    },
  );
  const runningFile = join(home, RUNNING_FILE);
  const stopJvm = stopper(child, logger);
  const stop = async () => {
    rmSync(runningFile, { force: true });
    await stopJvm();
  };
  process.once("exit", () => {
    rmSync(runningFile, { force: true });
    child.kill("SIGTERM");
  });

  try {
    await waitForReady(child, options.startTimeoutMs ?? 180_000, () => progress.update(`waiting for Bolt on port ${port}`), home);
  } catch (error) {
    progress.done("failed");
    await stop();
    throw error;
  }
  progress.done(`listening on bolt://127.0.0.1:${port}`);
  writeFileSync(runningFile, `${JSON.stringify({ pid: child.pid, port })}\n`);
  return { target: targetFor(port, password), stop };
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

function waitForReady(child: ChildProcess, timeoutMs: number, onTick: () => void, home: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stderr: string[] = [];
    const ticker = setInterval(onTick, 1_000);
    const timer = setTimeout(() => finish(new Error(`Neo4j did not start within ${timeoutMs / 1000}s. See ${join(home, "logs")}.\n${stderr.join("")}`)), timeoutMs);
    function finish(error?: Error) {
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

function stopper(child: ChildProcess, logger: Logger): () => Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once("exit", () => resolve());
  });
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      logger.info("Stopping Neo4j");
      child.stdin?.end();
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(forced);
      logger.info("Neo4j stopped");
    }
  };
}
