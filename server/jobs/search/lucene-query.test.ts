import { describe, expect, it } from "vitest";
import { buildSearchQuery, escapeLucene } from "./lucene-query.ts";

describe("buildSearchQuery", () => {
  it("expands an abbreviation into its long forms, whatever its case or dots", () => {
    const query = buildSearchQuery("H.W.B.");
    expect(query).toBe('+(hwb^4 OR "health and wellbeing board"^2 OR "health and well being board"^2)');
    expect(buildSearchQuery("lscb")).toContain('"local safeguarding children board"');
  });

  it("requires every significant word, with prefix and near-spelling matches", () => {
    expect(buildSearchQuery("Neglect")).toBe("+(neglect^4 OR neglect* OR neglect~1)");
    expect(buildSearchQuery("safeguarding board")).toBe(
      "+(safeguarding^4 OR safeguarding* OR safeguarding~2) +(board^4 OR board* OR board~1)",
    );
  });

  it("treats '&' as 'and' and does not require small words", () => {
    expect(buildSearchQuery("health & wellbeing")).toBe(
      "+(health^4 OR health* OR health~1) and +(wellbeing^4 OR wellbeing* OR wellbeing~2)",
    );
    expect(buildSearchQuery("Health and Wellbeing")).toBe(buildSearchQuery("health & wellbeing"));
  });

  it("searches a hyphenated or apostrophised word both split and joined", () => {
    expect(buildSearchQuery("O'Loughlin")).toBe("+(oloughlin^4 OR oloughlin* OR oloughlin~2)");
    expect(buildSearchQuery("well-being")).toBe("+((+(well^4 OR well*) +(being^4 OR being* OR being~1)) OR (wellbeing^4 OR wellbeing* OR wellbeing~2))");
  });

  it("never lets query syntax through", () => {
    const query = buildSearchQuery('board) OR name:* "x~ AND NOT -y\\');
    expect(query).not.toMatch(/name:|\*"|NOT|AND/);
    expect(buildSearchQuery("*** ??? :::")).toBe("");
  });

  it("searches small words when there is nothing else", () => {
    expect(buildSearchQuery("the")).toBe("+the");
  });
});

describe("escapeLucene", () => {
  it("escapes every special character", () => {
    expect(escapeLucene('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe("buildSearchQuery with '&' inside an abbreviation", () => {
  it("reads C&YP as the abbreviation CYP", () => {
    expect(buildSearchQuery("C&YP plan")).toBe(
      '+(cyp^4 OR "children and young people"^2 OR "children and young peoples"^2) +(plan^4 OR plan*)',
    );
  });
});
