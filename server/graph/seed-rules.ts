import { NODE_LABELS, type NodeLabel, REL_TYPES } from "../domain/model.ts";
import { SeedFile } from "../domain/seed-file.ts";

/** A node that an import or an edit may refer to without declaring it: it is already in the graph (or earlier in the import). */
export interface KnownNode {
  id: string;
  label: NodeLabel;
}

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === "string" && (NODE_LABELS as readonly string[]).includes(value);
}

/**
 * Validates seed-shaped data with the seed loader's own schema (SeedFile: ids,
 * labels, kinds, dates, the model's rules for each line, duplicates, contact
 * details). A seed file must declare every node it names; edits and imports
 * may also name nodes that already exist, so those are added as stand-ins
 * for the check, and any issue about a stand-in is dropped.
 */
export function checkSeedRules(file: Record<string, unknown>, known: readonly KnownNode[]): RuleIssue[] {
  return validateSeedShape(file, known).issues;
}

/** As checkSeedRules, and the validated file (without the stand-ins) when there is no issue. */
export function validateSeedShape(file: Record<string, unknown>, known: readonly KnownNode[]): { issues: RuleIssue[]; seed?: SeedFile } {
  const nodes = Array.isArray(file.nodes) ? (file.nodes as unknown[]) : undefined;
  const result = SeedFile.safeParse(nodes ? { ...file, nodes: [...nodes, ...standInsFor(nodes, known)] } : file);
  const declaredCount = nodes?.length ?? 0;
  if (result.success) return { issues: [], seed: { ...result.data, nodes: result.data.nodes.slice(0, declaredCount) } };
  const issues = issuesOf(result.error.issues, declaredCount);
  // The checks that need the whole file (lines, ids, areas) run only when every field is well formed,
  // so run them again on the ids, labels and ends alone, lest a bad date hide a bad line.
  const seen = new Set(issues.map((issue) => `${formatPath(issue.path)} ${issue.message}`));
  for (const issue of referenceIssues(file, known)) {
    if (!seen.has(`${formatPath(issue.path)} ${issue.message}`)) issues.push(issue);
  }
  return { issues };
}

function standInsFor(nodes: readonly unknown[], known: readonly KnownNode[]) {
  const declared = new Set(nodes.map((node) => (node && typeof node === "object" ? (node as { id?: unknown }).id : undefined)));
  return known
    .filter((node) => !declared.has(node.id))
    .map((node) => ({ id: node.id, label: node.label, name: node.id, section: "(already in the graph)" }));
}

type ZodIssue = { path: PropertyKey[]; message: string; code: string; keys?: string[] };

function issuesOf(zodIssues: readonly ZodIssue[], declaredCount: number, nodeIndex?: number[], relIndex?: number[]): RuleIssue[] {
  return zodIssues
    .filter((issue) => !(issue.path[0] === "nodes" && typeof issue.path[1] === "number" && issue.path[1] >= declaredCount))
    .filter((issue) => !(nodeIndex && issue.path[0] === "document"))
    .map((issue) => {
      // An unknown key is reported on its object; point at the key itself.
      const keyPath = issue.code === "unrecognized_keys" && issue.keys?.[0] ? [...issue.path, issue.keys[0]] : [...issue.path];
      const [section, index] = keyPath;
      const original = section === "nodes" ? nodeIndex : section === "relationships" ? relIndex : undefined;
      if (original && typeof index === "number") keyPath[1] = original[index] ?? index;
      return { path: keyPath.map((key) => (typeof key === "number" ? key : String(key))), message: issue.message };
    });
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object";
const isText = (value: unknown): value is string => typeof value === "string" && value !== "";

/** The whole-file checks on a copy reduced to what they read, with paths mapped back to the original entries. */
function referenceIssues(file: Record<string, unknown>, known: readonly KnownNode[]): RuleIssue[] {
  const nodeIndex: number[] = [];
  const relIndex: number[] = [];
  const nodes: Record<string, unknown>[] = [];
  const relationships: Record<string, unknown>[] = [];
  (Array.isArray(file.nodes) ? file.nodes : []).forEach((node: unknown, index) => {
    if (!isObject(node) || !isText(node.id) || !isNodeLabel(node.label)) return;
    nodeIndex.push(index);
    nodes.push({ id: node.id, label: node.label, name: "-", section: "-", ...(isText(node.area) ? { area: node.area } : {}),
      ...(Array.isArray(node.areas) && node.areas.every(isText) ? { areas: node.areas } : {}),
    });
  });
  (Array.isArray(file.relationships) ? file.relationships : []).forEach((rel: unknown, index) => {
    if (!isObject(rel) || !(REL_TYPES as readonly unknown[]).includes(rel.type) || !isText(rel.from) || !isText(rel.to)) return;
    relIndex.push(index);
    relationships.push({ type: rel.type, from: rel.from, to: rel.to, section: "-" });
  });
  const document = { file: "000_0000000000000000.txt", title: "-", date: "2000-01-01" };
  const result = SeedFile.safeParse({ document, nodes: [...nodes, ...standInsFor(nodes, known)], relationships });
  return result.success ? [] : issuesOf(result.error.issues, nodes.length, nodeIndex, relIndex);
}

/** `nodes[3].props.reviewDue`, the way seed-file errors print paths. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}
