import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import type { DatabaseTarget } from "../../server/db/create-driver.ts";
import { startEmbeddedNeo4j } from "../../server/db/embedded/start-embedded-neo4j.ts";
import { REPO_ROOT } from "../../server/db/embedded/runtime.ts";
import { createLogger } from "../../server/logger.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: DatabaseTarget & { wipeAllowed: boolean };
  }
}

/**
 * Gives the integration tests a real Neo4j, never a mock and never a skip:
 * the server named by NEO4J_URI when set; else a Neo4j container when a Docker
 * engine answers; else the project's own embedded Neo4j (the same launcher as
 * `npm start`) in a throwaway data folder, stopped when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { pretty: false });

  if (process.env.NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE ?? "neo4j",
      wipeAllowed: process.env.NEO4J_ALLOW_WIPE === "true",
    });
    return async () => undefined;
  }

  if (await dockerAnswers()) {
    const { Neo4jContainer } = await import("@testcontainers/neo4j");
    const container = await new Neo4jContainer("neo4j:5.26").withPassword("test-password").start();
    project.provide("neo4j", {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      database: "neo4j",
      wipeAllowed: true,
    });
    return async () => {
      await container.stop();
    };
  }

  mkdirSync(join(REPO_ROOT, ".neo4j"), { recursive: true });
  const home = mkdtempSync(join(REPO_ROOT, ".neo4j", "test-"));
  const embedded = await startEmbeddedNeo4j({ home, logger, heap: "1g" });
  project.provide("neo4j", { ...embedded.target, wipeAllowed: true });
  return async () => {
    await embedded.stop();
    rmSync(home, { recursive: true, force: true });
  };
}

async function dockerAnswers(): Promise<boolean> {
  if (!existsSync("/var/run/docker.sock") && !process.env.DOCKER_HOST) return false;
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
