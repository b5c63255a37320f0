/**
 * Parameters for the benchmark's requests, taken from the generator itself:
 * councils spread over the loaded range are generated again (the same seed
 * gives the same council), and their ids and names become the strategies,
 * boards, areas and search texts the requests ask about.
 */
import { generateCouncil } from "./synthetic/generate-council.ts";
import { THEMES } from "./synthetic/names.ts";
import { createPrng } from "./synthetic/prng.ts";

export interface CouncilSample {
  index: number;
  areaId: string;
  name: string;
  /** Strategies in force on the reference date with a governance route: a chain to trace. */
  strategyIds: string[];
  /** Bodies in force with members and strategies: a board page to read. */
  boardIds: string[];
  /** Partnerships and executive groups: the bodies a health check is usually run on. */
  partnershipIds: string[];
  searchTexts: string[];
}

/** `count` councils spread over 1..councils, the same ones for the same seed. */
export function sampleCouncils(councils: number, count: number, seed: number, referenceDate: string): CouncilSample[] {
  const rng = createPrng(seed, 0x5a3b1e);
  const picked = new Set<number>([1]);
  while (picked.size < Math.min(count, councils)) picked.add(rng.int(1, councils));
  return [...picked].sort((a, b) => a - b).map((index) => describeCouncil(index, seed, referenceDate));
}

function describeCouncil(index: number, seed: number, referenceDate: string): CouncilSample {
  const council = generateCouncil(index, { seed, referenceDate });
  const inForce = (fact: { validFrom?: string; validTo?: string }) =>
    (fact.validFrom ?? "") <= referenceDate && (fact.validTo === undefined || fact.validTo > referenceDate);
  const current = new Set(council.nodes.filter(inForce).map((node) => node.id));
  const lines = council.relationships.filter((rel) => inForce(rel) && current.has(rel.from) && current.has(rel.to));
  const routed = new Set(lines.filter((rel) => rel.type === "GOVERNED_THROUGH").map((rel) => rel.from));
  const busy = new Map<string, number>();
  for (const rel of lines) if (rel.type === "GOVERNED_THROUGH" || rel.type === "MEMBER_OF") busy.set(rel.to, (busy.get(rel.to) ?? 0) + 1);
  const boards = council.nodes.filter((node) => node.label === "Board" && current.has(node.id));
  const area = council.nodes.find((node) => node.label === "Area" && node.kind !== "LOCALITY");
  const person = council.nodes.find((node) => node.label === "Person");
  const theme = THEMES[index % THEMES.length] as string;
  return {
    index,
    areaId: area?.id ?? "",
    name: area?.name ?? "",
    strategyIds: council.nodes.filter((node) => node.label === "Strategy" && routed.has(node.id)).map((node) => node.id),
    boardIds: boards.filter((board) => (busy.get(board.id) ?? 0) >= 5).map((board) => board.id),
    partnershipIds: boards.filter((board) => ["STRATEGIC_PARTNERSHIP", "SAFEGUARDING_BOARD", "LOCALITY_PARTNERSHIP", "EXECUTIVE_OR_MANAGEMENT_TEAM"].includes(board.kind ?? "")).map((board) => board.id),
    // What people type: a council and a theme, a theme alone, a person's name.
    searchTexts: [`${area?.name ?? ""} ${theme}`, theme, person?.name ?? theme],
  };
}
