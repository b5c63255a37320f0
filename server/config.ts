import { availableParallelism } from "node:os";
import { z } from "zod";

/** A length of time as seconds ("1800") or with a unit ("30m", "8h", "45s"); parsed to milliseconds. */
const duration = z
  .string()
  .regex(/^\d+\s*[smh]?$/, 'must be a number of seconds, or a number with s, m or h ("30m", "8h")')
  .transform((text) => {
    const amount = Number.parseInt(text, 10);
    const unit = text.trim().at(-1);
    return amount * (unit === "h" ? 3_600_000 : unit === "m" ? 60_000 : 1000);
  })
  .pipe(z.number().int().min(60_000, "must be at least a minute"));

/** Loopback hosts: the only ones where plain http is acceptable for sign-in. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
const httpsOrLoopback = (url: string) => {
  const parsed = new URL(url);
  return parsed.protocol === "https:" || isLoopbackHost(parsed.hostname);
};

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** Every setting the service reads from the environment, parsed once at start-up. */
export const Config = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** @default 4000 */
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** Loopback by default: exposing the service is a deliberate choice. @default 127.0.0.1 */
    HOST: z.string().min(1).default("127.0.0.1"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** An existing Neo4j (bolt://, neo4j://, neo4j+s:// ...). Unset: the service starts its own. */
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI (optionally +s or +ssc)")
      .optional(),
    NEO4J_USER: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    /** Where the embedded Neo4j keeps its data and password. @default .neo4j/data */
    NEO4J_HOME: z.string().min(1).default(".neo4j/data"),
    /** Load the seed documents when the database holds no governance data. @default true */
    SEED_ON_START: booleanFlag.default(true),
    /** GraphiQL at /graphql; on by default outside production. */
    GRAPHIQL: booleanFlag.optional(),
    /** Schema introspection; on by default outside production. */
    INTROSPECTION: booleanFlag.optional(),
    /** Refuse anonymous reads too (mutations always need a role). @default false */
    REQUIRE_AUTH_FOR_READ: booleanFlag.default(false),
    /** HS256 secret for locally signed JWTs (development, tests); at least 32 characters. */
    JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** An external identity provider's key set; its tokens are then trusted (with JWT_ISSUER and JWT_AUDIENCE). */
    JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Required `iss` of every JWT, when set. */
    JWT_ISSUER: z.string().min(1).optional(),
    /** Required `aud` of every JWT, when set. */
    JWT_AUDIENCE: z.string().min(1).optional(),
    /** The claim holding the role (viewer, editor, admin; a string or a list). @default role */
    JWT_ROLE_CLAIM: z.string().min(1).default("role"),
    /** Origins allowed to call the API from a browser, comma-separated; none by default (same origin only). */
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform((text) => text.split(",").map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/ }).regex(/^[^/]+\/\/[^/]+$/, "must be an origin: scheme://host[:port], no path"))),
    /** Largest request body accepted, in bytes. @default 1048576 */
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    /** Deepest selection an operation may make (fragment spreads count as a level). @default 15 */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(15),
    /** Highest cost (graphql-armor's estimate) an operation may have. @default 20000 */
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(20_000),
    /** Most aliases in one operation. @default 15 */
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
    /** Most tokens in one operation's text. @default 3000 */
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(1).default(3000),
    /** Most directives in one operation. @default 50 */
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
    /** Opening a Bolt connection, and waiting for a free one from the pool, in ms. @default 1500 */
    NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
    /** How long a transaction that failed for a passing reason (a deadlock, a cluster member leaving) is retried, in ms. @default 1000 */
    NEO4J_RETRY_TIME_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    /** Neo4j stops any one transaction of ours that runs longer than this, in ms. @default 10000 */
    NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    /** Whose X-Forwarded-For to believe: false, true, a hop count, or addresses/CIDRs (comma-separated). @default false */
    TRUST_PROXY: z
      .string()
      .default("false")
      .transform((text, ctx): boolean | number | string[] => {
        const value = text.trim();
        if (value === "false" || value === "") return false;
        if (value === "true") return true;
        if (/^\d+$/.test(value)) return Number(value);
        const list = value.split(",").map((entry) => entry.trim()).filter(Boolean);
        const bad = list.filter((entry) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry) && !["loopback", "linklocal", "uniquelocal"].includes(entry));
        if (bad.length > 0) ctx.addIssue({ code: "custom", message: `must be true, false, a hop count or addresses/CIDRs; not ${bad.join(", ")}` });
        return list;
      }),
    /** Requests one client (user, token, else address) may make per window. @default 1200 */
    RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(1_200),
    /** The rate limit's window, in ms. @default 60000 */
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1_000).default(60_000),
    /** API token names or ids (comma-separated) that the rate limit never refuses, such as the bench's. */
    RATE_LIMIT_EXEMPT: z
      .string()
      .default("")
      .transform((text) => text.split(",").map((entry) => entry.trim()).filter(Boolean)),
    /** Expensive operations (diagrams, gaps, health checks, reviews) that run at once; more wait. @default half the cores, at least 1 */
    GRAPHQL_MAX_EXPENSIVE_CONCURRENT: z.coerce
      .number()
      .int()
      .min(1)
      .default(Math.max(1, Math.floor(availableParallelism() / 2))),
    /** How long an expensive operation waits for its turn before it is refused with GOV_BUSY, in ms. @default 5000 */
    GRAPHQL_EXPENSIVE_WAIT_MS: z.coerce.number().int().min(0).default(5_000),
    /** Highest weighted cost of one operation (server/plugins/field-weights.ts: about a millisecond of database time each). @default 3000 */
    GRAPHQL_MAX_WEIGHT: z.coerce.number().int().min(1).default(3_000),
    /** The claim holding the areas a role is limited to (a string or a list of area ids; absent: every area). @default areas */
    JWT_AREA_CLAIM: z.string().min(1).default("areas"),
    /** The council's OpenID Connect provider (its issuer URL); set, the service offers sign-in at /auth/sign-in. */
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).refine(httpsOrLoopback, "must be https:// (plain http only on a loopback host)").optional(),
    /** This service's client id at the provider. */
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    /** Its client secret; unset for a public client (PKCE alone). */
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Scopes asked for at sign-in, space-separated; must include openid. @default openid profile */
    OIDC_SCOPES: z
      .string()
      .default("openid profile")
      .refine((scopes) => scopes.split(/\s+/).includes("openid"), "must include openid"),
    /** Where browsers reach this service (scheme://host[:port]); the provider redirects to <this>/auth/callback. */
    PUBLIC_BASE_URL: z
      .url({ protocol: /^https?$/ })
      .regex(/^[^/]+\/\/[^/]+\/?$/, "must be an origin: scheme://host[:port], no path")
      .refine(httpsOrLoopback, "must be https:// (plain http only on a loopback host)")
      .transform((url) => url.replace(/\/$/, ""))
      .optional(),
    /** Seals the session cookie; at least 32 characters. Required with OIDC_ISSUER; on the embedded default one is generated and kept in NEO4J_HOME. */
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** A session's absolute lifetime from sign-in. @default 8h */
    SESSION_MAX_AGE: duration.default(8 * 3_600_000),
    /** A session ends after this long without a request. @default 30m */
    SESSION_IDLE: duration.default(30 * 60_000),
    /** How long a partner's page stays open after their self-assessment link was exchanged. */
    PARTNER_SESSION_MAX_AGE: duration.default(4 * 3_600_000),
    /** Largest document a draft reads (an upload or pasted text), in bytes. @default 10485760 */
    DRAFT_MAX_BYTES: z.coerce.number().int().min(1024).default(10_485_760),
    /** Most pages of a PDF a draft reads. @default 500 */
    DRAFT_MAX_PAGES: z.coerce.number().int().min(1).default(500),
    /** Most characters of text a draft keeps. @default 2000000 */
    DRAFT_MAX_CHARACTERS: z.coerce.number().int().min(1000).default(2_000_000),
    /** Most facts one draft proposes. @default 5000 */
    DRAFT_MAX_FACTS: z.coerce.number().int().min(1).default(5000),
    /** Hosts the ModernGov sync may fetch from, comma-separated (council.example.gov.uk, or host:port); none by default. */
    MODERNGOV_HOSTS: z
      .string()
      .default("")
      .transform((text) => text.split(",").map((host) => host.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[a-z0-9.-]+(:\d{1,5})?$/, "must be host names (optionally host:port), comma-separated"))),
    /** How long one ModernGov request may take before it is abandoned and retried, in milliseconds. @default 20000 */
    MODERNGOV_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
    /** Attempts per ModernGov request (the first included) before the sync stops. @default 3 */
    MODERNGOV_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
    /** Wait before the first retry, doubled for each further one, in milliseconds. @default 500 */
    MODERNGOV_BACKOFF_MS: z.coerce.number().int().min(0).default(500),
    /** Most ModernGov requests in flight at once, to be polite to the council's server. @default 3 */
    MODERNGOV_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(3),
    /** Months of meetings asked for in one GetMeetings request. @default 12 */
    MODERNGOV_PAGE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    /** The earliest meeting a sync without --from reads. @default 2010-01-01 */
    MODERNGOV_HISTORY_FROM: z.iso.date().default("2010-01-01"),
    /** Parse every row Neo4j returns against its query's row schema; on outside production. */
    GOV_CHECK_ROWS: booleanFlag.optional(),
  })
  .superRefine((config, ctx) => {
    if (config.NEO4J_URI && !config.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_PASSWORD"],
        message: "is required when NEO4J_URI is set",
      });
    }
    if (config.JWT_JWKS_URL && !(config.JWT_ISSUER && config.JWT_AUDIENCE)) {
      // Without both, any token the provider ever signed, for any application, would be accepted.
      ctx.addIssue({ code: "custom", path: ["JWT_JWKS_URL"], message: "needs JWT_ISSUER and JWT_AUDIENCE" });
    }
    if (config.OIDC_ISSUER) {
      for (const variable of ["OIDC_CLIENT_ID", "PUBLIC_BASE_URL", "SESSION_SECRET"] as const) {
        if (!config[variable]) ctx.addIssue({ code: "custom", path: [variable], message: "is required when OIDC_ISSUER is set" });
      }
    }
    if (config.SESSION_IDLE > config.SESSION_MAX_AGE) {
      ctx.addIssue({ code: "custom", path: ["SESSION_IDLE"], message: "must not be longer than SESSION_MAX_AGE" });
    }
  })
  .transform((config) => ({
    ...config,
    GRAPHIQL: config.GRAPHIQL ?? config.NODE_ENV !== "production",
    INTROSPECTION: config.INTROSPECTION ?? config.NODE_ENV !== "production",
    GOV_CHECK_ROWS: config.GOV_CHECK_ROWS ?? config.NODE_ENV !== "production",
  }));
export type Config = z.infer<typeof Config>;

/** Thrown for a bad environment: the message names each variable and what is wrong with it. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Config.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const variable = issue.path.join(".") || "(environment)";
    const value = typeof issue.path[0] === "string" ? env[issue.path[0]] : undefined;
    const shown = value === undefined || /PASSWORD|SECRET/.test(variable) ? "" : ` (got "${value}")`;
    return `  ${variable}: ${issue.message}${shown}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}
