/**
 * Matches every name a draft proposes to the entities the graph holds, through
 * the full-text index (one round trip), then the same scoring the bench uses.
 * A Person matches only a Person; a Board, Organisation or Strategy any of those three.
 */
import type { TransactionRunner } from "../../../db/run-query.ts";
import { bestMatch, } from "./match-name.ts";
import { luceneWords } from "./lucene-words.ts";

export interface NameMatch {
  id: string;
  name: string;
  label: string;
  score: number;
}

export function compatible(wanted: string, found: string): boolean {
  if (wanted === "Person" || found === "Person") return wanted === found;
  return ["Board", "Organisation", "Strategy"].includes(found);
}

export async function matchNames(tx: TransactionRunner, names: readonly { text: string; label: string }[]): Promise<Map<string, NameMatch>> {
  const unique = [...new Map(names.map((name) => [`${name.label}|${name.text}`, name])).values()];
  const queries = unique.map((name) => ({ text: `${name.label}|${name.text}`, query: luceneWords(name.text) })).filter((name) => name.query);
  const out = new Map<string, NameMatch>();
  if (queries.length === 0) return out;
  const rows = await tx.run("document-drafts/match-names", { names: queries });
  for (const row of rows) {
    const [label, ...rest] = row.text.split("|");
    const text = rest.join("|");
    const best = bestMatch(text, row.candidates, (candidate) => compatible(label ?? "", candidate.label));
    if (best) out.set(row.text, { id: best.candidate.id, name: best.candidate.name, label: best.candidate.label, score: Number(best.score.toFixed(2)) });
  }
  return out;
}
