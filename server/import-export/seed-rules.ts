import { NODE_LABELS, type NodeLabel } from "../domain/model.ts";
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
  const declared = new Set((nodes ?? []).map((node) => (node && typeof node === "object" ? (node as { id?: unknown }).id : undefined)));
  const standIns = known
    .filter((node) => !declared.has(node.id))
    .map((node) => ({ id: node.id, label: node.label, name: node.id, section: "(already in the graph)" }));
  const declaredCount = nodes?.length ?? 0;
  const result = SeedFile.safeParse(nodes ? { ...file, nodes: [...nodes, ...standIns] } : file);
  if (result.success) return { issues: [], seed: { ...result.data, nodes: result.data.nodes.slice(0, declaredCount) } };
  const issues = result.error.issues
    .filter((issue) => !(issue.path[0] === "nodes" && typeof issue.path[1] === "number" && issue.path[1] >= declaredCount))
    .map((issue) => {
      // An unknown key is reported on its object; point at the key itself.
      const keyPath = issue.code === "unrecognized_keys" && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
      return { path: keyPath.map((key) => (typeof key === "number" ? key : String(key))), message: issue.message };
    });
  return { issues };
}

/** `nodes[3].props.reviewDue`, the way seed-file errors print paths. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}
