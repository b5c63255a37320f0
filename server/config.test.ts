import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("applies the defaults on an empty environment", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_DATABASE).toBe("neo4j");
    expect(config.SEED_ON_START).toBe(true);
    expect(config.GRAPHIQL).toBe(true);
  });

  it("turns GraphiQL off in production unless asked for", () => {
    expect(loadConfig({ NODE_ENV: "production" }).GRAPHIQL).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHIQL: "true" }).GRAPHIQL).toBe(true);
  });

  it("names the variable and the value it refuses", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT: .*\(got "eighty"\)/);
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ NEO4J_URI: "http://x" })).toThrow(/NEO4J_URI: must be a bolt/);
  });

  it("requires a password with NEO4J_URI and never echoes one", () => {
    expect(() => loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" })).toThrow(/NEO4J_PASSWORD: is required/);
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "pw" });
    expect(config.NEO4J_URI).toBe("neo4j+s://abc.databases.neo4j.io");
  });
});
