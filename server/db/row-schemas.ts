import { z } from "zod";
import type { BenchQueryName, QueryName, TestQueryName } from "../generated/query-names.ts";

/** Any query's name: the service's, the tests' and the bench's. */
type AnyQueryName = QueryName | TestQueryName | BenchQueryName;

/** Row schemas by query name: what one row of each query holds. */
export type RowSchemas<R> = { readonly [K in keyof R]: z.ZodType };

/**
 * The service's row schemas as a type, one entry per query name. Each job's
 * rows.ts adds its own entries (declaration merging, as fastify's decorators
 * do), so that this layer knows every row shape without importing a job;
 * server/row-registry.ts checks that no query name is missing.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each job's rows.ts
export interface ServiceRows {}

/** What one row of query `K` holds once read. */
export type RowOf<R, K extends keyof R> = R[K] extends z.ZodType ? z.output<R[K]> : never;

/** A folder's row schemas, keyed by query name: a misspelt name fails the type check. */
export function defineRows<const R extends { [K in keyof R]: K extends AnyQueryName ? z.ZodType : never }>(rows: R): R {
  return rows;
}

const MAPPED = new WeakSet<z.ZodType>();

/**
 * A schema that turns a row into a domain type (it transforms, or defaults a
 * field): such rows are parsed in every mode and the parsed row is returned,
 * where other rows are only checked, and only when row checking is on.
 */
export function mappedRow<S extends z.ZodType>(schema: S): S {
  MAPPED.add(schema);
  return schema;
}

export function isMappedRow(schema: z.ZodType): boolean {
  return MAPPED.has(schema);
}

/** A stored node's or relationship's property map, as `n {.*}` returns it. */
export const StoredMap = z.record(z.string(), z.unknown());

/** A row whose fields the caller reads no further than `Record<string, unknown>`. */
export const AnyRow = z.record(z.string(), z.unknown());

/** A statement that returns no rows (it only writes). */
export const NoRows = z.never();

/** A row holding one count, named `field`. */
export const countRow = <F extends string>(field: F) => z.object({ [field]: z.number() } as Record<F, z.ZodNumber>);
