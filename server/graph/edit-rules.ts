import { decodeSources } from "../domain/entity-record.ts";
import { govError } from "../errors.ts";
import { checkSeedRules, formatPath, type KnownNode, type RuleIssue } from "./seed-rules.ts";
import type { PropInput } from "./value-inputs.ts";
import type { Path } from "./references.ts";
import { NODE_CORE_KEYS, REL_CORE_KEYS, type Stored, seedProps } from "./stored-values.ts";

/** A node's areas as stored: the list, or the one area of data written before areas were lists. */
export function areaIdsOf(stored: Stored): string[] {
  if (Array.isArray(stored.areaIds)) return stored.areaIds.map(String);
  return stored.areaId ? [String(stored.areaId)] : [];
}

/** A placeholder document: the seed schema wants one, and an edit's citations are checked against the graph instead. */
const EDIT_DOCUMENT = { file: "000_0000000000000000.txt", title: "edit" };

function present(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}

/** The seed shape's field names, as the edit's input names them. */
function inputPath(issue: RuleIssue, props: readonly PropInput[] | null | undefined, base: Path): Path {
  const [, , field, ...rest] = issue.path;
  if (field === "area") return [...base, "areaId"];
  if (field === "areas") return [...base, "areaIds", ...rest];
  if (field === "section") return [...base, "sources", 0, "section"];
  if (field === "props") {
    const index = (props ?? []).findIndex((prop) => prop.name === rest[0]);
    return index >= 0 ? [...base, "props", index] : [...base, "props"];
  }
  return field === undefined ? base : [...base, field, ...rest];
}

function refuse(issues: RuleIssue[], props: readonly PropInput[] | null | undefined, base: Path): void {
  const first = issues[0];
  if (!first) return;
  throw govError("GOV_INPUT_INVALID", {
    detail: issues.map((issue) => `${formatPath(inputPath(issue, props, base))}: ${issue.message}`).join("; "),
    path: inputPath(first, props, base),
    issues: issues.map((issue) => `${formatPath(inputPath(issue, props, base))}: ${issue.message}`),
  });
}

/**
 * Checks a node's values, as they would be stored, with the seed loader's rules
 * (id prefix, kind for the label, date props, no contact details).
 * @throws GOV_INPUT_INVALID naming the input field of the first problem
 */
export function requireNodeRules(stored: Stored, label: string, known: KnownNode[], props: readonly PropInput[] | null | undefined, base: Path): void {
  const aliases = stored.aliases as string[] | undefined;
  const node = present({
    id: stored.id,
    label,
    name: stored.name,
    aliases: aliases && aliases.length > 0 ? aliases : undefined,
    kind: stored.kind,
    areas: areaIdsOf(stored).length > 0 ? areaIdsOf(stored) : undefined,
    section: decodeSources(stored.sources)[0]?.section ?? "(none)",
    validFrom: stored.validFrom,
    validTo: stored.validTo,
    dateNote: stored.dateNote,
    ambiguity: stored.ambiguity,
    description: stored.description,
    props: seedProps(stored, NODE_CORE_KEYS),
  });
  const document = { ...EDIT_DOCUMENT, date: String(stored.validFrom) };
  const issues = checkSeedRules({ document, nodes: [node], relationships: [] }, known);
  refuse(
    issues.filter((issue) => issue.path[0] === "nodes" && issue.path[1] === 0),
    props,
    base,
  );
}

/** The same for a line between two nodes that exist (their labels in `known`). */
export function requireLineRules(
  key: { type: string; from: string; to: string },
  stored: Stored,
  known: KnownNode[],
  props: readonly PropInput[] | null | undefined,
  base: Path,
): void {
  const relationship = present({
    ...key,
    section: decodeSources(stored.sources)[0]?.section ?? "(none)",
    validFrom: stored.validFrom,
    validTo: stored.validTo,
    dateNote: stored.dateNote,
    ambiguity: stored.ambiguity,
    description: stored.description,
    props: seedProps(stored, REL_CORE_KEYS),
  });
  const document = { ...EDIT_DOCUMENT, date: String(stored.validFrom) };
  const issues = checkSeedRules({ document, nodes: [], relationships: [relationship] }, known);
  refuse(
    issues.filter((issue) => issue.path[0] === "relationships" && issue.path[1] === 0),
    props,
    base,
  );
}
