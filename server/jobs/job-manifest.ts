import type { FastifyInstance } from "fastify";
import type { Authenticator } from "../auth/authenticate.ts";
import type { Config } from "../config.ts";
import type { QueryRunner } from "../db/run-query.ts";
import type { Resolvers } from "../generated/graphql.ts";
import { type QueryName, SERVICE_QUERY_NAMES } from "../generated/query-names.ts";

/** What a job brings to the app: its resolvers and the named queries of its folder in cypher/. */
export interface JobManifest {
  /** The job's folder name, in server/jobs/ and cypher/ alike. */
  name: string;
  resolvers: Resolvers;
  /** The queries in cypher/<name>/, from the generated list: nobody keeps them by hand. */
  queries: readonly QueryName[];
  /** HTTP routes of the job beside GraphQL (a calendar feed, a Word document), registered by the app. */
  routes?: (app: FastifyInstance, deps: JobRouteDeps) => void | Promise<void>;
}

/** What a job's HTTP routes are given: the runner, the settings, the caller check, and GraphQL itself. */
export interface JobRouteDeps {
  runner: QueryRunner;
  config: Config;
  authenticate: Authenticator;
  /**
   * Runs one GraphQL operation through the app's own pipeline (authentication, limits, masking),
   * with the caller's headers: a route that needs another job's answer asks the API, as the client does.
   */
  graphql: (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => Promise<RouteGraphqlAnswer>;
}

/** A GraphQL answer as a route reads it. */
export interface RouteGraphqlAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A job's manifest, its queries found by its folder name. */
export function defineJob(name: string, resolvers: Resolvers, routes?: JobManifest["routes"]): JobManifest {
  return { name, resolvers, queries: SERVICE_QUERY_NAMES.filter((query) => query.startsWith(`${name}/`)), ...(routes ? { routes } : {}) };
}
