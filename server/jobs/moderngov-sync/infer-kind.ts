/** A board kind guessed from a committee's title and category, with the words that decided it, for a person to confirm or correct. */
export interface InferredKind {
  kind: string;
  reason: string;
}

// First match wins: the specific names before the general ones ("Health Scrutiny" is scrutiny).
const RULES: [RegExp, string][] = [
  [/scrutiny|overview/i, "SCRUTINY_COMMITTEE"],
  [/health\s*(and|&)\s*well-?being\s*board/i, "HEALTH_AND_WELLBEING_BOARD"],
  [/safeguarding/i, "SAFEGUARDING_BOARD"],
  [/community safety/i, "COMMUNITY_SAFETY_PARTNERSHIP"],
  [/children'?s trust/i, "CHILDRENS_TRUST"],
  [/partnership/i, "STRATEGIC_PARTNERSHIP"],
  [/commissioning/i, "COMMISSIONING_GROUP"],
  [/programme board/i, "PROGRAMME_BOARD"],
  [/working group|task and finish|task & finish/i, "WORKING_GROUP"],
  [/forum/i, "FORUM"],
  [/cabinet|executive|committee|council|panel|board/i, "CABINET_OR_COMMITTEE"],
];

export function inferBoardKind(title: string, category: string | null): InferredKind {
  for (const [source, text] of [
    ["title", title],
    ["category", category ?? ""],
  ] as const) {
    for (const [pattern, kind] of RULES) {
      const match = pattern.exec(text);
      if (match) return { kind, reason: `${source} "${text}" contains "${match[0]}"` };
    }
  }
  return { kind: "CABINET_OR_COMMITTEE", reason: "no telling word in the title or category: a formal committee by default" };
}
