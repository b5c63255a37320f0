import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLIENT = join(ROOT, "client");
const BUILT = join(ROOT, "dist", "client", "index.html");
const LOCK = join(ROOT, "dist", ".client-build.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/client is missing or older than a file of client/. */
export function clientIsStale(): boolean {
  return !existsSync(BUILT) || statSync(BUILT).mtimeMs < newestSource(CLIENT);
}

/**
 * Builds the client with Vite when dist/client is missing or stale. A lock
 * directory keeps two test runs in one working tree from building at once.
 */
export async function ensureClientBuilt(): Promise<void> {
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  const deadline = Date.now() + 180_000;
  while (true) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a crashed run is stale after three minutes.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmdirSync(LOCK);
      if (Date.now() > deadline) throw new Error("Timed out waiting for another build of the client");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (clientIsStale()) await build({ configFile: join(CLIENT, "vite.config.ts"), logLevel: "warn" });
  } finally {
    rmdirSync(LOCK);
  }
}
