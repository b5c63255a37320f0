import type { Resolvers } from "../generated/graphql.ts";
import { type QueryName, SERVICE_QUERY_NAMES } from "../generated/query-names.ts";

/** What a job brings to the app: its resolvers and the named queries of its folder in cypher/. */
export interface JobManifest {
  /** The job's folder name, in server/jobs/ and cypher/ alike. */
  name: string;
  resolvers: Resolvers;
  /** The queries in cypher/<name>/, from the generated list: nobody keeps them by hand. */
  queries: readonly QueryName[];
}

/** A job's manifest, its queries found by its folder name. */
export function defineJob(name: string, resolvers: Resolvers): JobManifest {
  return { name, resolvers, queries: SERVICE_QUERY_NAMES.filter((query) => query.startsWith(`${name}/`)) };
}
