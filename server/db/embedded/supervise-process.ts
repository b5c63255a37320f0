import type { Logger } from "../../logger.ts";

/** A child process that is up and ready, as the supervisor sees it. */
export interface RunningProcess {
  readonly pid: number | undefined;
  /** Settles when the process ends, however it ends. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends the process (politely, then forcibly); resolves once it has exited. */
  stop(): Promise<void>;
}

export type SupervisorState = "running" | "restarting" | "stopping" | "stopped" | "given-up";

export interface SupervisorOptions {
  /** What the process is, in log lines and in /health ("the local Neo4j"). */
  name: string;
  /** Starts a fresh process and resolves once it is ready; rejects when it cannot start, or when `signal` aborts (then it ends what it began). */
  start: (signal: AbortSignal) => Promise<RunningProcess>;
  logger: Logger;
  /** Called once, after `maxFailures` failed restarts within `windowMs`: the caller exits so that its own supervisor restarts it whole. */
  onGiveUp: (reason: string) => void;
  /** Called after every successful restart (the caller updates what it published about the process). */
  onRestarted?: (process: RunningProcess) => void;
  /** @default 5 */
  maxFailures?: number;
  /** @default 600000 (ten minutes) */
  windowMs?: number;
  /** Wait before the n-th consecutive restart attempt (1-based). @default 1 s, 2 s, 4 s ... at most 30 s */
  backoffMs?: (attempt: number) => number;
  /** A process that dies this soon after a restart counts as a failed restart (a crash loop). @default 60000 */
  crashLoopMs?: number;
}

export interface Supervisor {
  state(): SupervisorState;
  /** Why the process is not serving, in words fit for /health (no hosts or ports); undefined while it runs. */
  outage(): string | undefined;
  pid(): number | undefined;
  /** Stops watching and ends the process, whatever it is doing (running, starting, waiting to restart). */
  stop(): Promise<void>;
}

export const defaultBackoffMs = (attempt: number): number => Math.min(30_000, 1_000 * 2 ** (attempt - 1));

/**
 * Keeps a child process alive: when it exits without being asked to, logs it
 * at error level and starts it again after a growing pause. Five failed
 * restarts within ten minutes mean something is wrong that restarting will
 * not fix (a full disk, a corrupt store, a taken port): the supervisor then
 * gives up and says so, and the service exits non-zero.
 */
export function superviseProcess(first: RunningProcess, options: SupervisorOptions): Supervisor {
  const { logger, name } = options;
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 600_000;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const crashLoopMs = options.crashLoopMs ?? 60_000;

  let current: RunningProcess | undefined = first;
  let state: SupervisorState = "running";
  let outage: string | undefined;
  let failures: number[] = [];
  let consecutive = 0;
  let restartedAt = Number.NEGATIVE_INFINITY;
  let pendingTimer: NodeJS.Timeout | undefined;
  let starting: Promise<RunningProcess> | undefined;
  const aborter = new AbortController();

  const failed = (reason: string): boolean => {
    const now = Date.now();
    failures = [...failures.filter((at) => now - at < windowMs), now];
    if (failures.length < maxFailures) return false;
    state = "given-up";
    outage = `${name} failed to restart ${failures.length} times within ${Math.round(windowMs / 60_000)} minutes`;
    logger.fatal({ failures: failures.length, windowMs, reason }, `${outage}; giving up`);
    options.onGiveUp(`${outage}: ${reason}`);
    return true;
  };

  const watch = (process: RunningProcess) => {
    void process.exited.then(({ code, signal }) => {
      if (current !== process || state !== "running") return;
      current = undefined;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      logger.error({ pid: process.pid, code, signal }, `${name} exited unexpectedly (${how}); restarting it`);
      outage = `${name} stopped (${how}) and is being restarted`;
      state = "restarting";
      if (Date.now() - restartedAt < crashLoopMs && failed(`it exited again within ${crashLoopMs / 1000} s of a restart`)) return;
      scheduleRestart();
    });
  };

  const scheduleRestart = () => {
    consecutive++;
    const wait = backoffMs(consecutive);
    logger.info({ attempt: consecutive, waitMs: wait }, `Restarting ${name} in ${wait} ms`);
    pendingTimer = setTimeout(() => {
      pendingTimer = undefined;
      if (state !== "restarting") return;
      starting = options.start(aborter.signal);
      starting.then(
        (process) => {
          starting = undefined;
          if (state !== "restarting") return; // stop() deals with it
          current = process;
          state = "running";
          outage = undefined;
          consecutive = 0;
          restartedAt = Date.now();
          logger.info({ pid: process.pid }, `${name} is running again`);
          options.onRestarted?.(process);
          watch(process);
        },
        (error: unknown) => {
          starting = undefined;
          if (state !== "restarting") return;
          const reason = error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error);
          logger.error({ attempt: consecutive, reason }, `${name} could not be restarted`);
          outage = `${name} stopped and could not be restarted yet (attempt ${consecutive} failed)`;
          if (!failed(reason)) scheduleRestart();
        },
      );
    }, wait);
    pendingTimer.unref?.();
  };

  watch(first);

  return {
    state: () => state,
    outage: () => outage,
    pid: () => current?.pid,
    async stop() {
      if (state === "stopped" || state === "stopping") return;
      state = "stopping";
      if (pendingTimer) clearTimeout(pendingTimer);
      const inFlight = starting;
      if (inFlight) {
        // A start in progress is told to give up (it ends the process it began); if it won the race, stop what it started.
        aborter.abort();
        const started = await inFlight.catch(() => undefined);
        await started?.stop();
      }
      await current?.stop();
      current = undefined;
      state = "stopped";
    },
  };
}
