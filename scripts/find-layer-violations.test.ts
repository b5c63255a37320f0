import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findLayerViolations } from "./find-layer-violations.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

describe("layering", () => {
  const copy = mkdtempSync(join(tmpdir(), "layers-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("has no job importing another job, and nothing below the jobs importing a job", () => {
    expect(findLayerViolations(ROOT)).toEqual([]);
  });

  it("fails on a planted cross-job import and a planted import from below the jobs", () => {
    cpSync(join(ROOT, "server"), join(copy, "server"), { recursive: true });
    writeFileSync(join(copy, "server/jobs/oversight/planted.ts"), 'import { reviewBoards } from "../tor-review/review-boards.ts";\n');
    writeFileSync(join(copy, "server/graph/planted.ts"), 'export { editingJob } from "../jobs/editing/editing-job.ts";\n');
    writeFileSync(join(copy, "server/db/planted.ts"), 'const later = () => import("../jobs/search/resolvers.ts");\n');
    expect(findLayerViolations(copy)).toEqual([
      { file: "server/db/planted.ts", imports: "server/jobs/search/resolvers.ts", rule: "below the jobs, imports job search" },
      { file: "server/graph/planted.ts", imports: "server/jobs/editing/editing-job.ts", rule: "below the jobs, imports job editing" },
      { file: "server/jobs/oversight/planted.ts", imports: "server/jobs/tor-review/review-boards.ts", rule: "job oversight imports job tor-review" },
    ]);
  });
});
