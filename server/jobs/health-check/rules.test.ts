import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "../../domain/model.ts";
import { SERVICE_QUERY_NAMES } from "../../generated/query-names.ts";
import { HEALTH_CHECK_RULES } from "./rules.ts";

describe("health-check rules as data", () => {
  it("gives each rule its own id, a named query and board kinds that exist", () => {
    const ids = HEALTH_CHECK_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const queries: readonly string[] = SERVICE_QUERY_NAMES;
    const boardKinds: readonly string[] = NODE_KINDS.Board;
    for (const rule of HEALTH_CHECK_RULES) {
      expect(queries).toContain(rule.query);
      for (const kind of rule.appliesTo) expect(boardKinds).toContain(kind);
    }
  });
});
