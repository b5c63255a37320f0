/**
 * How well a name in a document matches an entity the graph holds: the same
 * name or alias (1), every word of it in the entity's name ending the same way
 * ("Cabinet" in "Southend-on-Sea Borough Council Cabinet", 0.8), or most words
 * shared (their Jaccard overlap). Below MATCH_THRESHOLD a new entity is proposed.
 */
import { nameKey } from "../extract/names.ts";

export const MATCH_THRESHOLD = 0.75;

export interface Candidate {
  id: string;
  name: string;
  label: string;
  aliases?: readonly string[] | null;
}

function words(key: string): string[] {
  return key.split(" ").filter(Boolean);
}

export function matchScore(text: string, candidate: Candidate): number {
  const key = nameKey(text);
  if (!key) return 0;
  const names = [candidate.name, ...(candidate.aliases ?? [])].map(nameKey);
  if (names.includes(key)) return 1;
  const mine = words(key);
  let best = 0;
  for (const name of names) {
    const theirs = words(name);
    if (mine.every((word) => theirs.includes(word)) && mine.at(-1) === theirs.at(-1)) best = Math.max(best, mine.length === 1 && theirs.length > 3 ? 0.76 : 0.8);
    const shared = mine.filter((word) => theirs.includes(word)).length;
    const union = new Set([...mine, ...theirs]).size;
    best = Math.max(best, union === 0 ? 0 : shared / union);
  }
  return best;
}

/** The best candidate at or above the threshold, with its score; null when none is good enough. */
export function bestMatch<C extends Candidate>(text: string, candidates: readonly C[], accept: (candidate: C) => boolean = () => true): { candidate: C; score: number } | null {
  let best: { candidate: C; score: number } | null = null;
  for (const candidate of candidates) {
    if (!accept(candidate)) continue;
    const score = matchScore(text, candidate);
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
  }
  return best;
}
