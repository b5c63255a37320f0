import { describe, expect, it } from "vitest";
import { splitStatements } from "./migrate.ts";

describe("splitStatements", () => {
  it("splits on semicolons at line ends and drops comment lines", () => {
    const script = "// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// why\nCREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.name]\n  OPTIONS {};\n";
    expect(splitStatements(script)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
      "CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.name]\n  OPTIONS {}",
    ]);
  });
});
