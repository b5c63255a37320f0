import { defaultFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import { govError } from "../errors.ts";
import { expensiveFields } from "./field-weights.ts";

/** A counting semaphore whose waiters give up after a bounded wait. */
export interface Gate {
  /** Resolves once a slot is taken; rejects with GOV_BUSY (503, Retry-After) when none frees within the wait. */
  acquire(): Promise<void>;
  release(): void;
  /** Runs `work` in a slot of its own. */
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
    acquire,
    release,
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

/** One operation's turn: the slot it holds, and its expensive fields queued one after another. */
interface Turn {
  slot: Promise<void>;
  tail: Promise<void>;
  pending: number;
}

const nothing = () => undefined;

/**
 * Makes every expensive field (server/plugins/field-weights.ts) run inside a
 * slot of `gate`, whoever asks: on two cores a handful of diagram or
 * health-check reads keep Neo4j busy, and everything else would queue behind
 * them. The slot belongs to the operation, not to each field: the first
 * expensive field of a request waits for one (bounded, GOV_BUSY after
 * GRAPHQL_EXPENSIVE_WAIT_MS), the request's other expensive fields (15
 * aliases of reportingLines) run after it one at a time, and the slot is
 * given back when the last of them is done. So an operation the limits allow
 * is never refused because of its own aliases, and no request runs more than
 * one expensive query at once.
 */
export function gateExpensiveFields(schema: GraphQLSchema, gate: Gate): GraphQLSchema {
  const turns = new WeakMap<object, Turn>();
  for (const { typeName, fieldName } of expensiveFields()) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue; // a job not in this build
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const key = (context ?? {}) as object;
      let turn = turns.get(key);
      if (!turn) {
        const slot = gate.acquire();
        turn = { slot, tail: slot, pending: 0 };
        turns.set(key, turn);
      }
      const mine = turn;
      mine.pending++;
      const result = mine.tail.then(() => resolve(source, args, context, info));
      // The next field waits for this one; if the slot was refused, so is every field of the operation.
      mine.tail = mine.slot.then(() => result.then(nothing, nothing));
      // Still rejects for the fields queued after it; handled here so that a refusal nobody else waits for is not "unhandled".
      mine.tail.catch(nothing);
      const done = () => {
        mine.pending--;
        if (mine.pending > 0) return;
        turns.delete(key);
        mine.slot.then(() => gate.release(), nothing);
      };
      result.then(done, done);
      return result;
    };
  }
  return schema;
}
