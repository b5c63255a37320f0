import type { ApiProblem } from "../api/graphql-client.ts";
import type { FormProblem } from "../ui/form-parts.ts";

/** Where a server path such as ["input", "sources", 0, "section"] lands in a form: the field's key. */
export function fieldOfPath(path: readonly (string | number)[], fields: ReadonlySet<string>): string | null {
  const names = path.filter((part): part is string => typeof part === "string" && part !== "input" && part !== "key");
  for (let i = names.length - 1; i >= 0; i--) if (fields.has(names[i]!)) return names[i]!;
  return null;
}

/** "input.sources[0].section" or "input.name" as a path. */
function parsePath(text: string): (string | number)[] {
  return text
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The server's problems as a form shows them: one per field the server names
 * (its `issues` list when it sent several), each beside its field. The client
 * adds no rule of its own: it only places the server's words.
 */
export function formProblems(problems: readonly ApiProblem[], fields: ReadonlySet<string>): FormProblem[] {
  const out: FormProblem[] = [];
  for (const problem of problems) {
    const issues = problem.extensions.issues;
    if (Array.isArray(issues) && issues.length > 0) {
      for (const issue of issues) {
        const text = String(issue);
        const split = text.indexOf(": ");
        const path = split > 0 ? parsePath(text.slice(0, split)) : [];
        out.push({ field: fieldOfPath(path, fields), message: split > 0 ? text.slice(split + 2) : text });
      }
    } else {
      out.push({ field: fieldOfPath(problem.fieldPath, fields), message: problem.message });
    }
  }
  // One message per field: the first the server gave.
  const seen = new Set<string>();
  return out.filter((problem) => {
    const key = `${problem.field}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
