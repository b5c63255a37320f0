import type { FastifyInstance } from "fastify";
import type { YogaServerInstance } from "graphql-yoga";
import { unsupportedMediaTypeBody } from "./use-json-errors.ts";

/** What fastify hands yoga with each request. */
export type FastifyServerContext = { req: unknown; reply: unknown };

/** Serves a yoga instance at its endpoint from fastify: yoga answers, and fastify sends its headers, status and body. */
// biome-ignore lint/suspicious/noExplicitAny: yoga's own bound on a user context
export function serveYoga<UserContext extends Record<string, any>>(app: FastifyInstance, yoga: YogaServerInstance<FastifyServerContext, UserContext>): void {
  app.route({
    url: yoga.graphqlEndpoint,
    method: ["GET", "POST", "OPTIONS"],
    handler: async (req, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
      if (response.status === 415) {
        // Yoga answers a body it cannot read (text/plain, none) with no body at all.
        return reply.status(415).send(unsupportedMediaTypeBody(req.headers["content-type"]));
      }
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });
}
