
import { useSeededApp } from "../support/seeded-app.ts";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";

interface Hit {
  id: string;
  name: string;
  label: string;
}

describe("search: names, aliases and abbreviations over the seed documents", () => {
  const seeded = useSeededApp();

  async function search(text: string, limit?: number): Promise<Hit[]> {
    const answer = await graphql<{ search: Hit[] }>(
      seeded.app,
      /* GraphQL */ `query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id name label } }`,
      { text, limit },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.search ?? [];
  }

  it("finds both Health and Wellbeing Boards for the abbreviation HWB, whatever its case", async () => {
    for (const text of ["HWB", "hwb", "H.W.B."]) {
      const ids = (await search(text)).map((hit) => hit.id);
      expect(ids, text).toEqual(expect.arrayContaining(["board-essex-hwb", "board-southend-hwb"]));
    }
  });

  it("reads '&' as 'and'", async () => {
    const ampersand = (await search("health & wellbeing board")).map((hit) => hit.id);
    const spelt = (await search("Health and Wellbeing Board")).map((hit) => hit.id);
    expect(ampersand).toEqual(expect.arrayContaining(["board-essex-hwb", "board-southend-hwb"]));
    expect(ampersand).toEqual(spelt);
    const broad = (await search("health & wellbeing", 50)).map((hit) => hit.id);
    expect(broad).toEqual(expect.arrayContaining(["board-southend-hwb", "board-essex-hwb"]));
  });

  it("expands LSCB to the safeguarding children boards of both areas", async () => {
    const hits = await search("lscb");
    expect(hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(["board-southend-lscb", "board-essex-escb"]));
  });

  it("expands SFACG, ESCB and CCG", async () => {
    expect((await search("SFACG"))[0]?.id).toBe("board-southend-sfacg");
    expect((await search("escb")).map((hit) => hit.id)).toContain("board-essex-escb");
    expect((await search("CCG")).every((hit) => /clinical commissioning|ccg/i.test(`${hit.name} ${hit.id}`))).toBe(true);
    expect((await search("CCG")).length).toBeGreaterThan(0);
  });

  it("finds the Neglect Strategy by a word, a prefix or a misspelling", async () => {
    for (const text of ["neglect", "Neglect Strategy", "negl", "neglekt"]) {
      expect((await search(text)).map((hit) => hit.id), text).toContain("strategy-southend-neglect-strategy");
    }
    expect((await search("neglect"))[0]?.id).toBe("strategy-southend-neglect-strategy");
  });

  it("finds a person whose name has an apostrophe, typed with or without it", async () => {
    expect((await search("O'Loughlin"))[0]?.name).toBe("John O'Loughlin");
    expect((await search("oloughlin"))[0]?.name).toBe("John O'Loughlin");
  });

  it("puts an exact id first", async () => {
    const hits = await search("board-southend-sfacg");
    expect(hits[0]).toMatchObject({ id: "board-southend-sfacg", label: "Board" });
  });

  it("treats Lucene syntax as plain text and answers nothing rather than failing", async () => {
    expect(await search('*:* OR name:"x" AND ~')).toBeInstanceOf(Array);
    expect(await search("(((")).toEqual([]);
  });

  it("respects the limit", async () => {
    expect(await search("board", 3)).toHaveLength(3);
  });
});
