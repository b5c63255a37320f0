// The layering rule of docs/architecture.md, checked over the imports: a job
// (server/jobs/<job>/) imports the shared layer, server/db/ and server/domain/,
// never another job; nothing below the jobs imports a job. Only the files at
// the top of server/ (the ones that compose the app) may import every job.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";

/** One import that breaks the rule, as paths from the repository root. */
export interface LayerViolation {
  file: string;
  imports: string;
  rule: string;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "generated" ? [] : sourceFiles(path);
    return entry.endsWith(".ts") ? [path] : [];
  });
}

const jobOf = (path: string) => /^server\/jobs\/([^/]+)\//.exec(path)?.[1];

/** Every import under `root`/server that breaks the layering, tests included. */
export function findLayerViolations(root: string): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const absolute of sourceFiles(join(root, "server"))) {
    const file = relative(root, absolute).split(sep).join("/");
    const text = readFileSync(absolute, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? "";
      const target = normalize(join(dirname(file), specifier)).split(sep).join("/");
      const [from, to] = [jobOf(file), jobOf(target)];
      if (!to || from === to) continue;
      if (from) violations.push({ file, imports: target, rule: `job ${from} imports job ${to}` });
      else if (file.split("/").length > 2) violations.push({ file, imports: target, rule: `below the jobs, imports job ${to}` });
    }
  }
  return violations;
}
