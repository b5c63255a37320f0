import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "../../logger.ts";
import { createProgress } from "../../progress.ts";
import { checkPrerequisites } from "./prerequisites.ts";

/** Keep in step with neo4j.version in pom.xml. */
export const NEO4J_VERSION = "5.26.30";

const HERE = fileURLToPath(new URL(".", import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface Neo4jRuntime {
  classpath: string;
}

/**
 * Makes sure the Neo4j jars and our launcher class are in the cache folder
 * (.neo4j/runtime/<version>), downloading them with Maven the first time only.
 */
export async function ensureNeo4jRuntime(logger: Logger, cacheRoot = join(REPO_ROOT, ".neo4j", "runtime")): Promise<Neo4jRuntime> {
  const dir = join(cacheRoot, NEO4J_VERSION);
  const lib = join(dir, "lib");
  const downloaded = join(dir, "DOWNLOADED");
  if (existsSync(downloaded)) {
    checkPrerequisites(false);
  } else {
    checkPrerequisites(true);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(lib, { recursive: true });
    logger.info({ version: NEO4J_VERSION }, "Downloading Neo4j Community from Maven Central (first start only)");
    await downloadJars(lib);
    writeFileSync(downloaded, `${new Date().toISOString()}\n`);
  }
  const classes = compileLauncher(dir, lib);
  return { classpath: [classes, join(lib, "*")].join(":") };
}

/** Compiles EmbeddedNeo4j.java into a folder named after its content, so an edited launcher is rebuilt. */
function compileLauncher(dir: string, lib: string): string {
  const source = join(HERE, "EmbeddedNeo4j.java");
  const hash = createHash("sha256").update(readFileSync(source)).digest("hex").slice(0, 12);
  const classes = join(dir, `classes-${hash}`);
  if (existsSync(join(classes, "EmbeddedNeo4j.class"))) return classes;
  const javac = spawnSync("javac", ["-nowarn", "-cp", join(lib, "*"), "-d", classes, source], { encoding: "utf8" });
  if (javac.error || javac.status !== 0) {
    throw new Error(`Compiling the Neo4j launcher failed: ${javac.error?.message ?? javac.stderr}`);
  }
  return classes;
}

/** Runs Maven's copy-dependencies and turns its download lines into a progress line. */
function downloadJars(lib: string): Promise<void> {
  const progress = createProgress("Downloading Neo4j");
  let files = 0;
  let kilobytes = 0;
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const mvn = spawn(
      "mvn",
      ["-B", "-f", join(HERE, "pom.xml"), "dependency:copy-dependencies", `-DoutputDirectory=${lib}`, "-DincludeScope=runtime"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        output.push(line);
        if (output.length > 200) output.shift();
        const match = /Downloaded from \S+: \S+ \((\d+(?:\.\d+)?) (kB|MB|B)/.exec(line);
        if (!match?.[1]) continue;
        files++;
        const size = Number(match[1]);
        kilobytes += match[2] === "MB" ? size * 1024 : match[2] === "B" ? size / 1024 : size;
        progress.update(`${files} files, ${(kilobytes / 1024).toFixed(1)} MB`);
      }
    };
    mvn.stdout.on("data", onData);
    mvn.stderr.on("data", onData);
    mvn.on("error", (error) => reject(error));
    mvn.on("close", (code) => {
      progress.done(files > 0 ? `${files} files, ${(kilobytes / 1024).toFixed(1)} MB` : "already in the Maven cache");
      if (code === 0) resolve();
      else reject(new Error(`Maven could not download Neo4j (exit ${code}):\n${output.slice(-30).join("\n")}`));
    });
  });
}
