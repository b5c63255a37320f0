import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";
import { useEditingAppOverSeeds } from "../support/seeded-editing-app.ts";

// The worked examples in docs/examples/ are answers of a real run: this test asks the
// requests they show of the app over the seeded graph and checks that each answer is the
// one printed. With UPDATE_EXAMPLES=1 it writes the answers into the files instead.

const UPDATE = process.env.UPDATE_EXAMPLES === "1";
const example = (name: string) => new URL(`../../docs/examples/${name}`, import.meta.url);

/** The text between the fence that follows `heading` and its closing fence. */
function blockAfter(text: string, heading: string, fence: "graphql" | "json"): { start: number; end: number; body: string } {
  const at = text.indexOf(heading);
  if (at < 0) throw new Error(`No heading "${heading}"`);
  const open = text.indexOf(`\`\`\`${fence}\n`, at);
  const start = open + fence.length + 4;
  const end = text.indexOf("\n```", start);
  return { start, end, body: text.slice(start, end) };
}

function replaceBlock(text: string, block: { start: number; end: number }, body: string): string {
  return text.slice(0, block.start) + body + text.slice(block.end);
}

describe("worked examples (docs/examples/ is written from this run)", () => {
  const seeded = useEditingAppOverSeeds("Dana Editor");

  async function answer(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<string> {
    const result = await graphql(seeded.app, query, variables, headers);
    expect(result.errors).toBeUndefined();
    return JSON.stringify(result, null, 2);
  }

  it("oversight-chain.md: the Neglect Strategy's chain, ending at the council by statute", async () => {
    const file = example("oversight-chain.md");
    const text = readFileSync(file, "utf8");
    const query = blockAfter(text, "## Request", "graphql").body;
    const variables = JSON.parse(blockAfter(text, "Variables", "json").body) as Record<string, unknown>;
    const printed = blockAfter(text, "## Answer", "json");
    const real = await answer(query, variables);
    expect(real).toContain('"COMMITTEE_OF"');
    if (UPDATE) writeFileSync(file, replaceBlock(text, printed, real));
    else expect(printed.body).toBe(real);
  });

  it("trustworthy-answers.md: several areas, a statutory top, a last-evidenced body and an editor settling it", async () => {
    const file = example("trustworthy-answers.md");
    let text = readFileSync(file, "utf8");
    const headings = [...text.matchAll(/^## (\d+\..*)$/gm)].map((match) => match[0]);
    expect(headings.length).toBeGreaterThanOrEqual(4);
    for (const heading of headings) {
      const query = blockAfter(text, heading, "graphql").body;
      const needsEditor = query.trimStart().startsWith("mutation");
      const printed = blockAfter(text, `${heading}\n`, "json");
      // A request shows its answer in the first json block after it.
      const real = await answer(query, {}, needsEditor ? seeded.editor : {});
      if (UPDATE) text = replaceBlock(text, printed, real);
      else expect(printed.body, heading).toBe(real);
    }
    if (UPDATE) writeFileSync(file, text);
  });
});
