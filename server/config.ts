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
  })
  .superRefine((config, ctx) => {
    if (config.NEO4J_URI && !config.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_PASSWORD"],
        message: "is required when NEO4J_URI is set",
      });
    }
  })
  .transform((config) => ({
    ...config,
    GRAPHIQL: config.GRAPHIQL ?? config.NODE_ENV !== "production",
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
    const shown = value === undefined || /PASSWORD/.test(variable) ? "" : ` (got "${value}")`;
    return `  ${variable}: ${issue.message}${shown}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}
