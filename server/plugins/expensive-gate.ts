import { defaultFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import { govError } from "../errors.ts";
import { expensiveFields } from "./field-weights.ts";

/** A counting semaphore whose waiters give up after a bounded wait. */
export interface Gate {
  /** Runs `work` once a slot is free; refuses with GOV_BUSY (503, Retry-After) when none frees within the wait. */
  run<T>(work: () => Promise<T> | T): Promise<T>;
  readonly stats: { running: number; waiting: number; refused: number };
}

export function createGate(slots: number, maxWaitMs: number): Gate {
  const stats = { running: 0, waiting: 0, refused: 0 };
  const queue: (() => void)[] = [];

  const acquire = (): Promise<void> => {
    if (stats.running < slots) {
      stats.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      stats.waiting++;
      const grant = () => {
        clearTimeout(timer);
        stats.waiting--;
        stats.running++;
        resolve();
      };
      const timer = setTimeout(() => {
        const index = queue.indexOf(grant);
        if (index >= 0) queue.splice(index, 1);
        stats.waiting--;
        stats.refused++;
        reject(
          govError(
            "GOV_BUSY",
            { detail: `${slots} large ${slots === 1 ? "query is" : "queries are"} already running and this one waited ${maxWaitMs} ms; try again shortly` },
            { "retry-after": "2" },
          ),
        );
      }, maxWaitMs);
      queue.push(grant);
    });
  };

  const release = () => {
    stats.running--;
    queue.shift()?.();
  };

  return {
    stats,
    async run(work) {
      await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}

/**
 * Makes every expensive field (server/plugins/field-weights.ts) take a slot
 * of `gate` while its resolver runs, whoever asks and however many aliases
 * they send: on two cores a handful of diagram or health-check reads keep
 * Neo4j busy, and everything else would queue behind them.
 */
export function gateExpensiveFields(schema: GraphQLSchema, gate: Gate): GraphQLSchema {
  for (const { typeName, fieldName } of expensiveFields()) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue; // a job not in this build
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => gate.run(() => resolve(source, args, context, info));
  }
  return schema;
}
