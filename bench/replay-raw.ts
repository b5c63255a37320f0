/**
 * The floor: the named queries a GraphQL request ran, with the same
 * parameters and in the same transactions, sent straight through
 * neo4j-driver, with no HTTP, no GraphQL and no conversion of the records.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { QueryRegistry } from "../server/db/query-registry.ts";
import type { RecordedTransaction } from "./recording-runner.ts";

/** Replays the transactions; answers the number of records they returned. */
export async function replayRaw(driver: Driver, database: string, queries: QueryRegistry, transactions: RecordedTransaction[]): Promise<number> {
  let records = 0;
  for (const transaction of transactions) {
    const session = driver.session({ database, defaultAccessMode: transaction.access === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      if (transaction.mode === "AUTO") {
        for (const call of transaction.calls) records += (await session.run(textOf(queries, call.name), call.params)).records.length;
      } else {
        const work = async (tx: { run: (text: string, params: Record<string, unknown>) => PromiseLike<{ records: unknown[] }> }) => {
          for (const call of transaction.calls) records += (await tx.run(textOf(queries, call.name), call.params)).records.length;
        };
        await (transaction.mode === "READ" ? session.executeRead(work) : session.executeWrite(work));
      }
    } finally {
      await session.close();
    }
  }
  return records;
}

function textOf(queries: QueryRegistry, name: string): string {
  const text = queries.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}
