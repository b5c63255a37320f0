import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const HERE = fileURLToPath(new URL("./", import.meta.url));

const PROBES = {
  known: "oversight/trace-oversight-chain",
  misspelt: "oversight/trace-oversite-chain",
  testOnly: "test/wipe-all",
} as const;

// The registry brings in every folder's rows.ts, whose entries make up the runner's row types.
const probe = (name: string) => `import "../row-registry.ts";
import type { QueryRunner } from "./run-query.ts";
export const probe = (runner: QueryRunner) => runner.read("${name}");
`;

/**
 * Type-checks one in-memory file per probe, placed in server/db/ but never
 * written, in a single program (one program is the slow part), and returns each one's errors.
 */
function typeErrorsOfProbes(): Record<keyof typeof PROBES, string[]> {
  const files = new Map(Object.entries(PROBES).map(([key, name]) => [`${HERE}query-name-probe-${key}.ts`, probe(name)]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    types: ["node"],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => files.has(file) || ts.sys.fileExists(file);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = files.get(file);
    return text === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errorsOf = (key: string) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(`${HERE}query-name-probe-${key}.ts`))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  return { known: errorsOf("known"), misspelt: errorsOf("misspelt"), testOnly: errorsOf("testOnly") };
}

describe("query names are a type", () => {
  let errors: ReturnType<typeof typeErrorsOfProbes>;
  beforeAll(() => {
    errors = typeErrorsOfProbes();
  }, 60_000);

  it("accepts a name that has a file in cypher/", () => {
    expect(errors.known).toEqual([]);
  });

  it("fails the type check on a misspelt name", () => {
    expect(errors.misspelt).toHaveLength(1);
    expect(errors.misspelt[0]).toContain('"oversight/trace-oversite-chain"');
  });

  it("fails the type check on a test-only name used by the service", () => {
    expect(errors.testOnly[0]).toContain('"test/wipe-all"');
  });
});
