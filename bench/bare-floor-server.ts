import Fastify, { type FastifyInstance } from "fastify";

/**
 * A bare fastify route at /graphql that answers `{ __typename }`'s JSON with no
 * GraphQL at all: what HTTP alone costs on this machine, beside which the floor
 * scripts put our app (bench/http-floor.ts, bench/floor-after-query.ts).
 */
export function bareFloorServer(): FastifyInstance {
  const bare = Fastify();
  bare.post("/graphql", async () => ({ data: { __typename: "Query" } }));
  return bare;
}
