/**
 * Appends to an operation the shared fragments it spreads, and the fragments
 * those spread, but no others: GraphQL refuses a document with an unused fragment.
 */
export function withFragments(operation: string, library: string): string {
  const definitions = splitFragments(library);
  const included = new Set<string>();
  const pending = spreads(operation);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (included.has(name) || !definitions.has(name)) continue;
    included.add(name);
    pending.push(...spreads(definitions.get(name)!));
  }
  return [operation.trim(), ...[...included].sort().map((name) => definitions.get(name)!.trim())].join("\n\n");
}

function splitFragments(library: string): Map<string, string> {
  const found = new Map<string, string>();
  const text = stripComments(library);
  const pattern = /fragment\s+(\w+)\s+on\s+\w+\s*\{/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = matchingBrace(text, match.index + match[0].length - 1);
    found.set(match[1]!, text.slice(match.index, end + 1));
  }
  return found;
}

function spreads(text: string): string[] {
  const defined = new Set([...stripComments(text).matchAll(/fragment\s+(\w+)/g)].map((m) => m[1]!));
  return [...stripComments(text).matchAll(/\.\.\.\s*(\w+)/g)].map((m) => m[1]!).filter((name) => name !== "on" && !defined.has(name));
}

function stripComments(text: string): string {
  return text.replace(/#[^\n]*/g, "");
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error("Unbalanced braces in a fragment definition");
}
