import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { defineRows, type RowOf, type ServiceRows } from "./db/row-schemas.ts";
import type { QueryRunner } from "./db/run-query.ts";
import { type QueryName, SERVICE_QUERY_NAMES } from "./generated/query-names.ts";
import { SERVICE_ROWS } from "./row-registry.ts";

describe("row schemas", () => {
  it("has exactly one schema for each query name", () => {
    expect(Object.keys(SERVICE_ROWS).sort()).toEqual([...SERVICE_QUERY_NAMES].sort());
  });

  it("fails the type check on a query name without a schema", () => {
    const { "editing/lock-entity": dropped, ...withoutOne } = SERVICE_ROWS;
    // @ts-expect-error "editing/lock-entity" has no schema here
    const incomplete: Record<QueryName, z.ZodType> = withoutOne;
    expect(Object.keys(incomplete)).not.toContain("editing/lock-entity");
    expect(dropped).toBeDefined();
  });

  it("fails the type check on a misspelt name beside its schema", () => {
    // @ts-expect-error no query is called "editing/lock-entty"
    const rows = defineRows({ "editing/lock-entty": z.object({ entity: z.string() }) });
    expect(Object.keys(rows)).toEqual(["editing/lock-entty"]);
  });

  it("gives each query's rows their declared type, with no type argument at the call", () => {
    expectTypeOf<RowOf<ServiceRows, "editing/lock-entity">>().toEqualTypeOf<{ entity: Record<string, unknown> }>();
    const read = (runner: QueryRunner) => runner.read("seed/count-labels");
    expectTypeOf<Awaited<ReturnType<typeof read>>>().toEqualTypeOf<{ label: string; count: number }[]>();
    expect(SERVICE_ROWS["seed/count-labels"].safeParse({ label: "Board", count: "3" }).success).toBe(false);
  });
});
