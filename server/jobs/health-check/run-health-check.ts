/**
 * One health check: every rule's query, the recorded health checks and the
 * self-assessment rounds, all in ONE read transaction (a fixed number of
 * queries, however large the board), then each rule evaluated on its row.
 */
import type { QueryRunner, TransactionRunner } from "../../db/run-query.ts";
import type { EntityRecord } from "../../domain/entity-record.ts";
import { govError } from "../../errors.ts";
import type { RagStatus } from "../../generated/graphql.ts";
import { summariseRounds } from "./assessment-summary.ts";
import { type HealthCheckRule, listWords, outcome, type RuleOutcome, ruleInfo, worst } from "./rule-kit.ts";
import { HEALTH_CHECK_RULES } from "./rules.ts";


/** The board, or GOV_NOT_FOUND naming the argument. */
export async function findBoard(tx: TransactionRunner, boardId: string): Promise<EntityRecord> {
  const [row] = await tx.run("graph/get-board", { boardId });
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "board", id: boardId, path: ["boardId"] });
  return row.board;
}

export function applies(rule: HealthCheckRule, board: EntityRecord): boolean {
  return rule.appliesTo.length === 0 || rule.appliesTo.includes(board.kind ?? "");
}

function notApplicable(rule: HealthCheckRule, board: EntityRecord): RuleOutcome {
  const kind = board.kind ? `of kind ${board.kind}` : "of no recorded kind";
  return outcome("NOT_APPLICABLE", `Applies only to boards of kind ${listWords([...rule.appliesTo])}; ${board.name} is ${kind}.`);
}

function overall(board: EntityRecord, asOf: string, results: { rule: HealthCheckRule; status: RagStatus }[]) {
  const status = worst(results.map((r) => r.status));
  const titles = (s: RagStatus) => results.filter((r) => r.status === s).map((r) => r.rule.title);
  const counts = { red: titles("RED").length, amber: titles("AMBER").length, green: titles("GREEN").length, notApplicable: titles("NOT_APPLICABLE").length };
  const listed = (s: RagStatus, word: string) => (titles(s).length > 0 ? [`${titles(s).length} ${word} (${titles(s).join("; ")})`] : []);
  const parts = [...listed("RED", "red"), ...listed("AMBER", "amber"), `${counts.green} green`, `${counts.notApplicable} not applicable`];
  const inForce = (!board.validFrom || board.validFrom <= asOf) && (!board.validTo || board.validTo > asOf);
  const note = inForce ? "" : ` ${board.name} was not in force on ${asOf} (${board.validFrom ?? "?"} to ${board.validTo ?? "now"}).`;
  return { overall: status, counts, overallReason: `${status}: ${parts.join(", ")}.${note}` };
}

export async function runHealthCheck(runner: QueryRunner, boardId: string, asOf: string) {
  return runner.readTransaction(async (tx) => {
    const board = await findBoard(tx, boardId);
    const applicable = HEALTH_CHECK_RULES.filter((rule) => applies(rule, board));
    const rows = new Map<string, unknown>();
    for (const query of new Set(applicable.map((rule) => rule.query))) {
      const [row] = await tx.run(query, { boardId, asOf });
      rows.set(query, row ?? {});
    }
    const healthChecks = await tx.run("health-check/list-health-checks", { boardId, asOf });
    const rounds = await tx.run("health-check/list-assessment-rounds", { boardId, asOf });

    const context = { board, asOf };
    const results = HEALTH_CHECK_RULES.map((rule) => ({
      rule,
      ...(applies(rule, board) ? rule.evaluate(rows.get(rule.query), context) : notApplicable(rule, board)),
    }));
    const [latest] = summariseRounds(rounds.slice(0, 2), board);
    return {
      board,
      asOf,
      ...overall(board, asOf, results),
      rules: results.map((result) => ({ ...result, rule: ruleInfo(result.rule) })),
      recordedHealthChecks: healthChecks.map((row) => row.healthCheck),
      selfAssessment: latest ?? null,
    };
  });
}
