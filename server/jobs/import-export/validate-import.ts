import type { TransactionRunner } from "../../db/run-query.ts";
import type { NodeLabel } from "../../domain/model.ts";
import type { SeedFile } from "../../domain/seed-file.ts";
import type { ImportProblem, ParsedImport } from "./import-problems.ts";
import { formatPath, isNodeLabel, type KnownNode, validateSeedShape } from "../../graph/seed-rules.ts";

export interface ValidatedImport {
  problems: ImportProblem[];
  /** The files, validated; complete only when there is no problem. */
  seeds: SeedFile[];
}

type Raw = Record<string, unknown>;
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter((item): item is Raw => item !== null && typeof item === "object") : []);
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * Checks every file of an import with the seed schema, against the graph as it
 * stands in `tx`: lines and areas may name nodes declared anywhere in the
 * import or already in the graph, and a node may not change its label.
 */
export async function validateImport(tx: TransactionRunner, parsed: ParsedImport): Promise<ValidatedImport> {
  const problems: ImportProblem[] = [...parsed.problems];
  const report = (fileIndex: number, path: (string | number)[], message: string) => {
    problems.push({ ...parsed.locate(fileIndex, path), path: formatPath(path), message });
  };

  const declared = new Map<string, { label: NodeLabel; fileIndex: number; index: number }>();
  const referenced = new Set<string>();
  parsed.files.forEach((file, fileIndex) => {
    list(file.nodes).forEach((node, index) => {
      const id = text(node.id);
      const area = text(node.area);
      if (area) referenced.add(area);
      for (const each of Array.isArray(node.areas) ? node.areas : []) if (text(each)) referenced.add(text(each) as string);
      if (!id || !isNodeLabel(node.label)) return;
      const first = declared.get(id);
      if (!first) declared.set(id, { label: node.label, fileIndex, index });
      else if (first.label !== node.label) {
        report(fileIndex, ["nodes", index, "label"], `"${id}" is a ${first.label} in file ${first.fileIndex + 1}, not a ${node.label}`);
      }
    });
    for (const rel of list(file.relationships)) {
      for (const end of [text(rel.from), text(rel.to)]) if (end) referenced.add(end);
    }
  });

  const [row] = await tx.run("graph/resolve-references", {
    ids: [...new Set([...declared.keys(), ...referenced])],
    documents: [],
  });
  const inGraph = new Map((row?.nodes ?? []).filter((node) => node.label).map((node) => [node.id, node.label as string]));

  for (const [id, { label, fileIndex, index }] of declared) {
    const existing = inGraph.get(id);
    if (existing && existing !== label) report(fileIndex, ["nodes", index, "label"], `"${id}" is already in the graph as a ${existing}, not a ${label}`);
  }

  const seeds: SeedFile[] = [];
  parsed.files.forEach((file, fileIndex) => {
    const known: KnownNode[] = [];
    for (const id of referenced) {
      const label = declared.get(id)?.label ?? inGraph.get(id);
      if (isNodeLabel(label)) known.push({ id, label });
    }
    const { issues, seed } = validateSeedShape(file, known);
    for (const issue of issues) report(fileIndex, issue.path, issue.message.replace("declared in this file", "declared in this import or in the graph"));
    if (seed) seeds.push(seed);
  });
  return { problems, seeds };
}
