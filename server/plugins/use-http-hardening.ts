import fastifyCors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import helmet from "helmet";
import type { Config } from "../config.ts";

/**
 * The built client loads only its own files; cytoscape sets styles inline and
 * draws images from data: and blob: URLs (PNG/SVG export).
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", "blob:"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * GraphiQL is one self-contained page (@graphql-yoga/render-graphiql): inline
 * script and styles, and editor workers started from blob: URLs. Nothing is
 * loaded from another host, so 'self' still bounds where it can connect.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

type HttpHardeningConfig = Pick<Config, "CORS_ORIGINS">;

/**
 * Security headers on every response (helmet) and CORS for the configured
 * origins only. Register before the routes. The request body limit is
 * fastify's own `bodyLimit`, set where the instance is created.
 */
export async function useHttpHardening(app: FastifyInstance, config: HttpHardeningConfig, graphqlPath = "/graphql"): Promise<void> {
  // helmet's middleware, built once: @fastify/helmet built it again for every request, CSP parsing
  // included, though our headers are the same on every response (no per-request nonces).
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
    // The client embeds nothing from other origins; keeping COEP off lets a council embed the diagrams later if it chooses.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onRequest", (request, reply, done) => {
    // Set on the raw response, which fastify's own headers join when it writes the head.
    // helmet passes an Error or nothing (a header it cannot set throws at start-up, not here).
    setSecurityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
  await app.register(fastifyCors, {
    // An empty list means same-origin only: no Access-Control-Allow-Origin is ever sent.
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization"],
    maxAge: 600,
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const type = String(reply.getHeader("content-type") ?? "");
    if (request.url.split("?")[0] === graphqlPath && type.startsWith("text/html")) {
      reply.header("content-security-policy", GRAPHIQL_CSP);
    }
    return payload;
  });
}
