import { LineCounter, parseDocument } from "yaml";
import type { ImportProblem, ParsedImport } from "./import-problems.ts";

/** Node's JSON.parse messages end with "at position N" (and newer ones say the line and column too). */
function syntaxProblem(error: Error, text: string, file: string): ImportProblem {
  const position = /position (\d+)/.exec(error.message);
  let line: number | null = null;
  let column: number | null = null;
  if (position?.[1]) {
    const before = text.slice(0, Number(position[1]));
    line = before.split("\n").length;
    column = before.length - before.lastIndexOf("\n");
  }
  return { file, line, column, path: "", message: `not valid JSON: ${error.message.replace(/\s*\(line \d+ column \d+\)$/, "")}` };
}

/**
 * Reads one seed file as JSON, or a list of them (as exportGraph writes). JSON
 * is also YAML, so the yaml parser, which keeps each value's position, maps a
 * path such as `[1].nodes[3].kind` back to its line and column.
 */
export function parseJsonImport(text: string, file = "content"): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { files: [], locate: () => ({ file, line: null, column: null }), problems: [syntaxProblem(error as Error, text, file)] };
  }
  const isList = Array.isArray(value);
  const files = (isList ? value : [value]) as unknown[];
  const notObject = files.findIndex((item) => item === null || typeof item !== "object" || Array.isArray(item));
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });

  const locate = (fileIndex: number, path: readonly (string | number)[]) => {
    const full = isList ? [fileIndex, ...path] : [...path];
    // The nearest value that exists on the path: a missing key is reported at its parent.
    for (let depth = full.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(full.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { file, line, column: col };
      }
    }
    return { file, line: null, column: null };
  };

  if (notObject >= 0 || files.length === 0) {
    const { line, column } = locate(Math.max(notObject, 0), []);
    const message = files.length === 0 ? "the list holds no seed file" : "expected a seed file: an object with document, nodes and relationships";
    return { files: [], locate, problems: [{ file, line, column, path: isList ? `[${Math.max(notObject, 0)}]` : "", message }] };
  }
  return { files: files as Record<string, unknown>[], locate, problems: [] };
}
