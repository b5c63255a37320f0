import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import type { GraphContext } from "./context.ts";
import type { QueryRunner } from "./db/run-query.ts";
import type { AuthUser } from "./graph/access.ts";
import { healthCheckResolvers } from "./jobs/health-check/resolvers.ts";
import { torReviewResolvers } from "./jobs/tor-review/resolvers.ts";
import { createLogger } from "./logger.ts";

/**
 * The mutation guard checks every mutation's role before execution; each
 * terms-of-reference and self-assessment resolver checks it again itself, so that
 * a resolver reached some other way (a new plugin order, a batch entry point)
 * never writes for a caller who may not. The runner here refuses any use:
 * the refusal must come before the database is touched.
 */
const untouchable = new Proxy({} as QueryRunner, {
  get: () => {
    throw new Error("the database was used before the role was checked");
  },
});

function contextFor(user: AuthUser | null): GraphContext {
  return { runner: untouchable, logger: createLogger("silent", { pretty: false }), config: loadConfig({ NODE_ENV: "test" }), user };
}

type Resolver = (parent: unknown, args: unknown, context: GraphContext, info: unknown) => unknown;

const MUTATIONS: [string, Resolver][] = [
  ["openAssessmentRound", (healthCheckResolvers.Mutation as Record<string, Resolver>).openAssessmentRound as Resolver],
  ["recordAssessment", (healthCheckResolvers.Mutation as Record<string, Resolver>).recordAssessment as Resolver],
  ["recordTermsOfReference", (torReviewResolvers.Mutation as Record<string, Resolver>).recordTermsOfReference as Resolver],
  ["reviseTermsOfReference", (torReviewResolvers.Mutation as Record<string, Resolver>).reviseTermsOfReference as Resolver],
];

describe("role checks inside the write resolvers", () => {
  const viewer: AuthUser = { id: "jwt:|v-1", name: "Vic Viewer", role: "viewer", via: "jwt" };

  it.each(MUTATIONS)("%s refuses an anonymous caller and a viewer before touching the database", async (name, resolve) => {
    expect(resolve, name).toBeTypeOf("function");
    await expect(Promise.resolve().then(() => resolve(null, {}, contextFor(null), null))).rejects.toMatchObject({
      extensions: { code: "GOV_UNAUTHENTICATED", requiredRole: "editor" },
    });
    await expect(Promise.resolve().then(() => resolve(null, {}, contextFor(viewer), null))).rejects.toMatchObject({
      extensions: { code: "GOV_FORBIDDEN", requiredRole: "editor" },
      message: new RegExp(`${name} needs the editor role; you are viewer`),
    });
  });
});
