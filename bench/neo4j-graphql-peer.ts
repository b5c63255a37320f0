/**
 * The official peer: @neo4j/graphql serving the same nested board read over
 * the same data, on the same HTTP stack as ours (fastify and graphql-yoga), so
 * that the difference measured is the Cypher each side runs and the work
 * around it. Used by the bench only.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import Fastify from "fastify";
import { createYoga } from "graphql-yoga";
import type { Driver } from "neo4j-driver";
import { serveYoga } from "../server/plugins/serve-yoga.ts";

const TYPE_DEFS = /* GraphQL */ `
  type Person @node { id: ID! name: String! }
  type Role @node { id: ID! name: String! }
  type Organisation @node { id: ID! name: String! }
  union Chair = Person | Role
  union Member = Person | Organisation | Board
  union Lead = Person | Role | Organisation | Board
  type Strategy @node {
    id: ID!
    name: String!
    kind: String
    leads: [Lead!]! @relationship(type: "LEADS", direction: IN)
  }
  type Board @node {
    id: ID!
    name: String!
    kind: String
    chairs: [Chair!]! @relationship(type: "CHAIRS", direction: IN)
    members: [Member!]! @relationship(type: "MEMBER_OF", direction: IN)
    governs: [Strategy!]! @relationship(type: "GOVERNED_THROUGH", direction: IN)
    oversees: [Strategy!]! @relationship(type: "OVERSEEN_BY", direction: IN)
  }
`;

export interface PeerServer {
  url: string;
  close(): Promise<void>;
}

export async function startNeo4jGraphQLPeer(driver: Driver, database: string): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga<{ req: unknown; reply: unknown }>({ schema, logging: false, graphiql: false, context: () => ({ sessionConfig: { database } }) });
  const app = Fastify({ logger: false });
  serveYoga(app, yoga);
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  return { url: `${address}${yoga.graphqlEndpoint}`, close: () => app.close() };
}
