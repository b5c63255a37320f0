import { z } from "zod";

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
  })
  .transform((config) => ({
    ...config,
    GRAPHIQL: config.GRAPHIQL ?? config.NODE_ENV !== "production",
    INTROSPECTION: config.INTROSPECTION ?? config.NODE_ENV !== "production",
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
