import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPlainText } from "../read/read-plain-text.ts";
import { extractFacts, mainSubject } from "./extract-facts.ts";
import { linesOf } from "./document-lines.ts";
import { nameKey } from "./names.ts";

const FIXTURES = fileURLToPath(new URL("../../../../test/fixtures/drafts/", import.meta.url));
const key = (fact: { kind: string; subject: string; object?: string | null; value?: string | null }) =>
  `${fact.kind}|${nameKey(fact.subject)}|${fact.object ? nameKey(fact.object) : (fact.value ?? "").toLowerCase()}`;

describe("extracting facts", () => {
  // Only the tuned documents: the held-out ones are for the bench to score, not for tests to pin.
  const tuned = readdirSync(FIXTURES).filter((name) => name.endsWith(".txt") && !name.includes("heldout"));
  it.each(tuned)("proposes exactly the facts %s states", (file) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, ".expected.json")), "utf8")) as { facts: { kind: string; subject: string; object?: string; value?: string }[] };
    const document = readPlainText(readFileSync(join(FIXTURES, file), "utf8"));
    const facts = extractFacts(document);
    expect(facts.map(key).sort()).toEqual(expected.facts.map(key).sort());
    for (const fact of facts) {
      expect(document.text.slice(fact.start, fact.end)).toBe(fact.quote);
      expect(fact.rule.length).toBeGreaterThan(0);
    }
  });

  it("takes the document's own body from its title", () => {
    expect(mainSubject(linesOf("MILLFORD COUNCIL\n\nCorporate Parenting Panel – Terms of Reference\n"))).toBe("Corporate Parenting Panel");
  });

  it("reads a wrapped table row of the seed documents' shape as one row", () => {
    const text = [
      "Action/activity/strategy/commissioning intention\tLead member(s) of SFACG\tGovernance and reporting\tOversight role\tOverview of activity",
      "Emotional Wellbeing and Mental Health\tAngela Ejoh (SBC)\tCollaborative\tSFACG\tA five-year plan",
      "Transformation Plan\t\tCommissioning\t\temotional wellbeing",
      "",
      "\t\tGroup\t\tand young people.",
      "Speech and Language review\tRoss Gerrie Dr Kate Barusya\tJoint Executive Board, CCG\tSFACG\t",
    ].join("\n");
    const facts = extractFacts(readPlainText(text)).map((fact) => `${fact.kind}|${fact.subject}|${fact.object}`);
    expect(facts).toEqual([
      "LEADS|Angela Ejoh|Emotional Wellbeing and Mental Health Transformation Plan",
      "GOVERNED_THROUGH|Emotional Wellbeing and Mental Health Transformation Plan|Collaborative Commissioning Group",
      "OVERSEEN_BY|Emotional Wellbeing and Mental Health Transformation Plan|SFACG",
      "LEADS|Ross Gerrie|Speech and Language review",
      "LEADS|Kate Barusya|Speech and Language review",
      "GOVERNED_THROUGH|Speech and Language review|Joint Executive Board",
      "GOVERNED_THROUGH|Speech and Language review|CCG",
      "OVERSEEN_BY|Speech and Language review|SFACG",
    ]);
  });
});
