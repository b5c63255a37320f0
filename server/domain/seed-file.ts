/**
 * The shape of a seed file (seeds/*.yaml): one source document, the nodes and
 * relationships it states, each citing the section it comes from. Every file is
 * validated here before the loader writes anything, and a failure names the
 * file, the line and the path of each problem.
 */
import { basename } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { dateProblem } from "./date-range.ts";
import { NODE_KINDS, NODE_LABELS, type NodeLabel, REL_RULES, REL_TYPES } from "./model.ts";
import { cleanText } from "./clean-text.ts";

/** The id prefix of each label, so an id says what it names (`board-southend-sfacg`). */
const ID_PREFIX: Record<NodeLabel, string> = {
  Area: "area",
  Board: "board",
  Organisation: "org",
  Person: "person",
  Role: "role",
  Strategy: "strategy",
  Priority: "priority",
  Outcome: "outcome",
  Objective: "objective",
  AreaOfFocus: "focus",
  TermsOfReference: "tor",
  HealthCheck: "healthcheck",
};

const KEBAB_ID = /^[a-z]+(-[a-z0-9]+)+$/;
/** Props whose values the loader stores as Neo4j dates, so they must be real dates. */
const DATE_PROP = /^(date|periodStart|periodEnd|reviewDue)$|(Date|On)$/;


const Text = z.string().transform((raw, ctx) => {
  const cleaned = cleanText(raw);
  if (cleaned.ok) return cleaned.value;
  ctx.addIssue({ code: "custom", message: cleaned.problem });
  return z.NEVER;
});

/** A file repeats the same few dates thousands of times; each is checked once. */
const dateProblems = new Map<string, string | undefined>();
function cachedDateProblem(value: string): string | undefined {
  if (dateProblems.has(value)) return dateProblems.get(value);
  const problem = dateProblem(value);
  if (dateProblems.size >= 10_000) dateProblems.clear();
  dateProblems.set(value, problem);
  return problem;
}

const IsoDate = z.string().superRefine((value, ctx) => {
  const problem = cachedDateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const Props = z
  .record(
    z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: (issue) => `prop name "${String(issue.input)}" is not camelCase` }),
    z.union([z.string(), z.number(), z.boolean()], { error: "a prop must be a string, number or boolean" }),
  )
  .superRefine((props, ctx) => {
    for (const [key, value] of Object.entries(props)) {
      const problem = DATE_PROP.test(key) ? (typeof value === "string" ? cachedDateProblem(value) : `"${String(value)}" is not a date (YYYY-MM-DD)`) : undefined;
      if (problem) ctx.addIssue({ code: "custom", path: [key], message: problem });
    }
  });

/** Shared by nodes and relationships: where the fact is, when it held, and what is unclear about it. */
const citedFact = {
  section: Text,
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  dateNote: Text.optional(),
  ambiguity: Text.optional(),
  description: Text.optional(),
  props: Props.optional(),
};

function checkValidity(fact: { validFrom?: string; validTo?: string }, ctx: z.RefinementCtx): void {
  if (fact.validFrom && fact.validTo && fact.validTo < fact.validFrom) {
    ctx.addIssue({ code: "custom", path: ["validTo"], message: `validTo ${fact.validTo} is before validFrom ${fact.validFrom}` });
  }
}

export const SeedNode = z
  .strictObject({
    id: z.string().regex(KEBAB_ID, { error: (issue) => `"${String(issue.input)}" is not a kebab-case id` }),
    label: z.enum(NODE_LABELS, { error: (issue) => `"${String(issue.input)}" is not a node label` }),
    name: Text,
    aliases: z.array(Text).optional(),
    kind: z.string().optional(),
    /** Shorthand for `areas: [<id>]`; seed files write `areas`. */
    area: z.string().optional(),
    /** Every area the node covers or serves: one IN_AREA line to each. */
    areas: z.array(Text).optional(),
    ...citedFact,
  })
  .superRefine((node, ctx) => {
    const prefix = ID_PREFIX[node.label];
    if (!node.id.startsWith(`${prefix}-`)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: `"${node.id}" must start with "${prefix}-" for a ${node.label}` });
    }
    const kinds: readonly string[] = NODE_KINDS[node.label];
    if (node.kind !== undefined && !kinds.includes(node.kind)) {
      const message = kinds.length === 0 ? `a ${node.label} takes no kind` : `"${node.kind}" is not a ${node.label} kind`;
      ctx.addIssue({ code: "custom", path: ["kind"], message });
    }
    if (node.area !== undefined && node.areas !== undefined) {
      ctx.addIssue({ code: "custom", path: ["area"], message: "give areas (a list) or area, not both" });
    }
    checkValidity(node, ctx);
  });
export type SeedNode = z.infer<typeof SeedNode>;

/** The areas a seed node states, whichever way it states them, each once and in order. */
export function areasOf(node: { area?: string; areas?: string[] }): string[] {
  return [...new Set(node.areas ?? (node.area !== undefined ? [node.area] : []))];
}

export const SeedRelationship = z
  .strictObject({
    type: z.enum(REL_TYPES, { error: (issue) => `"${String(issue.input)}" is not a relationship type` }),
    from: Text,
    to: Text,
    ...citedFact,
  })
  .superRefine(checkValidity);
export type SeedRelationship = z.infer<typeof SeedRelationship>;

export const SeedDocument = z.strictObject({
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, {
    error: (issue) => `"${String(issue.input)}" is not a file name in seed-documents/ (NNN_<16 hex>.txt)`,
  }),
  title: Text,
  date: IsoDate,
  dateNote: Text.optional(),
  /**
   * The sections that describe an area's whole structure (002's Appendix 5; not a report about one
   * plan). A newer such description of the same area that no longer names a body makes the body
   * "last evidenced" (server/domain/last-evidenced.ts). `section` is the start of the cited sections.
   */
  wholeStructure: z.array(z.strictObject({ area: Text, section: Text })).optional(),
});
export type SeedDocument = z.infer<typeof SeedDocument>;

const EMAIL = /[^\s@<>()"']+@[^\s@<>()"']+\.[A-Za-z]{2,}/;
/** A run starting with 0, +, or "(0" that holds 10 to 13 digits: UK and international phone numbers. */
const PHONE_CANDIDATE = /(?:\+|\(?0)[\d\s().-]{8,}\d/g;
const PHONE_PRESENT = new RegExp(PHONE_CANDIDATE.source);

function contactDetailIn(text: string): string | undefined {
  // No address without an "@": the cheap test spares the pattern most of the file's strings.
  if (text.includes("@") && EMAIL.test(text)) return "an e-mail address";
  // Most strings hold no run of digits long enough to be a number: one test spares them the match loop.
  if (!PHONE_PRESENT.test(text)) return undefined;
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const digits = match[0].replace(/\D/g, "").length;
    if (digits >= 10 && digits <= 13) return "a phone number";
  }
  return undefined;
}

/** Personal contact details never enter the graph: every string in the file is checked, wherever it sits. */
function rejectContactDetails(value: unknown, path: (string | number)[], ctx: z.RefinementCtx): void {
  // One path array for the whole walk, copied only when an issue is reported: a large file has many strings.
  if (typeof value === "string") {
    const found = contactDetailIn(value);
    if (found) ctx.addIssue({ code: "custom", path: [...path], message: `looks like ${found}; seeds hold no contact details` });
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      rejectContactDetails(value[index], path, ctx);
      path.pop();
    }
  } else if (value !== null && typeof value === "object") {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      rejectContactDetails((value as Record<string, unknown>)[key], path, ctx);
      path.pop();
    }
  }
}

type SeedFileShape = { document?: SeedDocument; nodes: SeedNode[]; relationships: SeedRelationship[] };

/** Checks that need the whole file: unique ids, declared ends, allowed labels, no repeated line. */
function checkReferences(seed: SeedFileShape, ctx: z.RefinementCtx): void {
  const firstIndex = new Map<string, number>();
  seed.nodes.forEach((node, index) => {
    const first = firstIndex.get(node.id);
    if (first === undefined) firstIndex.set(node.id, index);
    else ctx.addIssue({ code: "custom", path: ["nodes", index, "id"], message: `duplicate node id "${node.id}" (first at nodes[${first}])` });
  });
  const labelOf = new Map(seed.nodes.map((node) => [node.id, node.label] as const));
  (seed.document?.wholeStructure ?? []).forEach((mark, index) => {
    if (labelOf.get(mark.area) !== "Area") {
      ctx.addIssue({ code: "custom", path: ["document", "wholeStructure", index, "area"], message: `"${mark.area}" is not an Area node declared in this file` });
    }
  });

  seed.nodes.forEach((node, index) => {
    if (node.area !== undefined && labelOf.get(node.area) !== "Area") {
      ctx.addIssue({ code: "custom", path: ["nodes", index, "area"], message: `"${node.area}" is not an Area node declared in this file` });
    }
    (node.areas ?? []).forEach((area, at) => {
      if (labelOf.get(area) !== "Area") {
        ctx.addIssue({ code: "custom", path: ["nodes", index, "areas", at], message: `"${area}" is not an Area node declared in this file` });
      }
    });
  });

  const seen = new Map<string, number>();
  seed.relationships.forEach((rel, index) => {
    const rule = REL_RULES[rel.type];
    const fromLabel = labelOf.get(rel.from);
    const toLabel = labelOf.get(rel.to);
    const at = (key: string) => ["relationships", index, key];
    if (fromLabel === undefined) ctx.addIssue({ code: "custom", path: at("from"), message: `"${rel.from}" is not a node declared in this file` });
    else if (!rule.from.includes(fromLabel)) {
      ctx.addIssue({ code: "custom", path: at("from"), message: `${rel.type} cannot start at a ${fromLabel} (allowed: ${rule.from.join(", ")})` });
    }
    if (toLabel === undefined) ctx.addIssue({ code: "custom", path: at("to"), message: `"${rel.to}" is not a node declared in this file` });
    else if (!rule.to.includes(toLabel)) {
      ctx.addIssue({ code: "custom", path: at("to"), message: `${rel.type} cannot end at a ${toLabel} (allowed: ${rule.to.join(", ")})` });
    }
    if (rule.sameLabel && fromLabel && toLabel && fromLabel !== toLabel) {
      ctx.addIssue({ code: "custom", path: at("to"), message: `${rel.type} joins nodes of one label, not a ${fromLabel} and a ${toLabel}` });
    }
    if (rule.pairs && fromLabel && toLabel && !rule.pairs.some(([from, to]) => from === fromLabel && to === toLabel)) {
      const allowed = rule.pairs.map(([from, to]) => `${from}->${to}`).join(", ");
      ctx.addIssue({ code: "custom", path: at("to"), message: `${rel.type} cannot join a ${fromLabel} to a ${toLabel} (allowed: ${allowed})` });
    }
    if (rel.from === rel.to) ctx.addIssue({ code: "custom", path: at("to"), message: `${rel.type} from "${rel.from}" to itself` });
    const key = `${rel.type} ${rel.from} ${rel.to}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else ctx.addIssue({ code: "custom", path: at("type"), message: `duplicate relationship ${key} (first at relationships[${first}])` });
  });
}

export const SeedFile = z
  .strictObject({
    document: SeedDocument,
    nodes: z.array(SeedNode).min(1, { error: "a seed file declares at least one node" }),
    relationships: z.array(SeedRelationship).default([]),
  })
  .superRefine(checkReferences)
  // Runs even when the rest of the file is broken: a contact detail is never let through silently.
  .check(z.superRefine((value, ctx) => rejectContactDetails(value, [], ctx), { when: () => true }));
export type SeedFile = z.infer<typeof SeedFile>;

export interface SeedFileIssue {
  /** Path inside the file, as `nodes[5].kind`. */
  path: string;
  /** 1-based line of the offending value, when it can be found in the YAML. */
  line?: number;
  message: string;
}

/** A seed file that cannot be loaded; `message` has one line per issue, `file:line path: message`. */
export class SeedFileError extends Error {
  override readonly name = "SeedFileError";
  /** The registry's code (server/errors.ts) for a seed file that does not validate. */
  readonly code = "GOV_SEED_INVALID";
  readonly file: string;
  readonly issues: SeedFileIssue[];

  constructor(file: string, issues: SeedFileIssue[]) {
    super(issues.map((issue) => formatIssue(file, issue)).join("\n"));
    this.file = file;
    this.issues = issues;
  }
}

function formatIssue(file: string, issue: SeedFileIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/**
 * Parses and validates one seed file. `fileName` is how errors name it
 * (e.g. `seeds/004-southend-cyp-plan-2016-17.yaml`).
 * @throws SeedFileError naming the line and path of every problem found
 */
export function parseSeedFile(text: string, fileName: string): SeedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SeedFileError(
      fileName,
      // prettyErrors (the default) fills linePos; the message's first line is the useful part.
      doc.errors.map((error) => ({ path: "", line: error.linePos?.[0].line, message: error.message.split("\n")[0] ?? error.message })),
    );
  }

  // The nearest YAML node that exists on the path: a missing key is reported at its parent.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };

  const result = SeedFile.safeParse(doc.toJS());
  if (!result.success) {
    throw new SeedFileError(
      fileName,
      result.error.issues.map((issue) => {
        // An unknown key is reported on its object; point at the key itself.
        const path = issue.code === "unrecognized_keys" && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
        return { path: formatPath(path), line: lineOf(path), message: issue.message };
      }),
    );
  }

  // seeds/004-*.yaml must describe 004_*.txt: a copied header is an easy mistake to miss.
  const fileNumber = /^(\d{3})-/.exec(basename(fileName))?.[1];
  if (fileNumber && !result.data.document.file.startsWith(`${fileNumber}_`)) {
    throw new SeedFileError(fileName, [
      { path: "document.file", line: lineOf(["document", "file"]), message: `"${result.data.document.file}" is not document ${fileNumber}` },
    ]);
  }
  return result.data;
}
