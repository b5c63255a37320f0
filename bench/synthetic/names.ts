/**
 * Word lists for synthetic names. Councils, people, boards and strategies get
 * plausible English names so that full-text search and diagrams behave as they
 * would on real data (repeated words across councils, common surnames).
 */
import type { Prng } from "./prng.ts";

const PLACE_START = [
  "Ash", "Bram", "Cold", "Elm", "Fair", "Green", "High", "King", "Long", "Mill", "North", "Oak", "Red",
  "Stan", "West", "Whit", "Wood", "Brad", "Chester", "Dun", "Hart", "Lang", "Mor", "Thorn", "Wick",
];
const PLACE_END = ["ford", "field", "ham", "ley", "worth", "bury", "ton", "wick", "stead", "mouth", "bridge", "dale", "minster", "port", "well", "borough"];
const PLACE_REGION = ["", " Vale", " Downs", " Coast", " Moor"];
const PLACE_COUNT = PLACE_START.length * PLACE_END.length * PLACE_REGION.length;

/** A distinct place name for each council index below 2,000 (a fixed permutation, so names do not cluster). */
export function councilPlaceName(index: number): string {
  // 7919 is prime and does not divide 2,000, so this steps through every name once.
  const n = (index * 7919) % PLACE_COUNT;
  const start = PLACE_START[n % PLACE_START.length] as string;
  const end = PLACE_END[Math.floor(n / PLACE_START.length) % PLACE_END.length] as string;
  const region = PLACE_REGION[Math.floor(n / (PLACE_START.length * PLACE_END.length))] as string;
  const lap = Math.floor(index / PLACE_COUNT);
  return `${start}${end}${region}${lap > 0 ? ` ${"ABCDEFGHIJ"[lap % 10]}` : ""}`;
}

export const LOCALITY_NAMES = ["North", "South", "East", "West", "Central", "Coastal", "Rural"];

const FIRST_NAMES = [
  "Amira", "Ben", "Chloe", "David", "Ellen", "Farid", "Grace", "Harjit", "Isla", "James", "Kemi", "Liam", "Maya",
  "Niall", "Olu", "Priya", "Quentin", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wendy", "Yusuf", "Zoe", "Alan",
  "Bridget", "Colin", "Dawn", "Eamon", "Fiona", "Gareth", "Helen", "Ian", "Jo", "Karen", "Lee", "Mark", "Nadia",
];
const SURNAMES = [
  "Adams", "Begum", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis",
  "Murphy", "Nowak", "Owen", "Patel", "Quinn", "Roberts", "Smith", "Taylor", "Underwood", "Vaughan", "Walker",
  "Young", "Ali", "Brown", "Campbell", "Dixon", "Ellis", "Fox", "Gray", "Hall", "Jackson", "Kelly", "Moore",
];

export function personName(rng: Prng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
}

/** Themes of programme boards and their strategies, as children's partnerships name them. */
export const THEMES = [
  "Early Help", "Special Educational Needs and Disabilities", "Emotional Wellbeing and Mental Health",
  "Corporate Parenting", "Youth Justice", "Best Start in Life", "Education Attainment", "Neglect",
  "Child Exploitation", "Domestic Abuse", "Healthy Weight", "Transitions to Adulthood", "Workforce Development",
  "Participation and Voice", "School Readiness", "Children Missing Education", "Substance Misuse",
  "Sufficiency and Placements", "Youth Services", "Child Poverty", "Oral Health", "Immunisation",
];

export const WORKING_GROUP_TOPICS = [
  "Data and Performance", "Quality Assurance", "Training", "Communications", "Commissioning", "Audit",
  "Pathways", "Practice Standards", "Engagement", "Policy and Procedures", "Case Review", "Health Liaison",
];

/** Strategy kinds with the word a title uses and their share of a council's strategies. */
export const STRATEGY_KINDS = [
  { kind: "STRATEGY", word: "Strategy", weight: 30 },
  { kind: "ACTION_PLAN", word: "Action Plan", weight: 20 },
  { kind: "PLAN", word: "Plan", weight: 10 },
  { kind: "PROGRAMME", word: "Programme", weight: 10 },
  { kind: "PROJECT", word: "Project", weight: 8 },
  { kind: "SERVICE_REVIEW", word: "Service Review", weight: 5 },
  { kind: "COMMISSIONING_INTENTION", word: "Commissioning Intentions", weight: 5 },
  { kind: "FRAMEWORK", word: "Framework", weight: 5 },
  { kind: "PRACTICE_MODEL", word: "Practice Model", weight: 3 },
  { kind: "BUSINESS_PLAN", word: "Business Plan", weight: 4 },
] as const;

export function pickWeighted<T extends { weight: number }>(rng: Prng, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = rng.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}
