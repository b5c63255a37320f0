import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../logger.ts";
import { type RunningProcess, superviseProcess } from "./supervise-process.ts";

const logger = createLogger("silent", { pretty: false });

/** A real child process: a Node that idles until it is killed, ready once it is spawned. */
function idleProcess(): Promise<RunningProcess> {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("spawn", () =>
      resolve({
        pid: child.pid,
        exited,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          await exited;
        },
      }),
    );
  });
}

/** A start that fails the way a JVM that cannot bind its port does: the process exits before it is ready. */
async function failingStart(): Promise<RunningProcess> {
  const child = spawn(process.execPath, ["-e", "process.exit(3)"], { stdio: "ignore" });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  throw new Error(`exited during start-up (code ${code})`);
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("superviseProcess", () => {
  it("restarts a process that was killed, and says why it is away meanwhile", async () => {
    const first = await idleProcess();
    let starts = 0;
    const supervisor = superviseProcess(first, {
      name: "the test process",
      start: () => {
        starts++;
        return idleProcess();
      },
      logger,
      onGiveUp: () => undefined,
      backoffMs: () => 200,
    });
    try {
      process.kill(first.pid ?? 0, "SIGKILL");
      await until(() => supervisor.state() === "restarting");
      expect(supervisor.outage()).toMatch(/the test process stopped \(signal SIGKILL\) and is being restarted/);
      await until(() => supervisor.state() === "running");
      expect(starts).toBe(1);
      expect(supervisor.pid()).not.toBe(first.pid);
      expect(supervisor.outage()).toBeUndefined();
    } finally {
      await supervisor.stop();
    }
    expect(supervisor.state()).toBe("stopped");
  });

  it("gives up after five failed restarts within the window, once, with the reason", async () => {
    const first = await idleProcess();
    const reasons: string[] = [];
    let attempts = 0;
    const supervisor = superviseProcess(first, {
      name: "the test process",
      start: () => {
        attempts++;
        return failingStart();
      },
      logger,
      onGiveUp: (reason) => reasons.push(reason),
      backoffMs: (attempt) => 20 * attempt,
    });
    process.kill(first.pid ?? 0, "SIGKILL");
    await until(() => supervisor.state() === "given-up");
    expect(attempts).toBe(5);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/failed to restart 5 times within 10 minutes: exited during start-up \(code 3\)/);
    await supervisor.stop();
  });

  it("stops at once while waiting to restart, and does not restart after stop", async () => {
    const first = await idleProcess();
    let starts = 0;
    const supervisor = superviseProcess(first, {
      name: "the test process",
      start: () => {
        starts++;
        return idleProcess();
      },
      logger,
      onGiveUp: () => undefined,
      backoffMs: () => 60_000,
    });
    process.kill(first.pid ?? 0, "SIGKILL");
    await until(() => supervisor.state() === "restarting");
    const began = Date.now();
    await supervisor.stop();
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(starts).toBe(0);
  });
});
