import { describe, expect, it } from "vitest";
import { normaliseForSearch, searchTextFor } from "./search-text.ts";

describe("search text", () => {
  it("spells & as and, and drops case and punctuation", () => {
    expect(normaliseForSearch("Health & Well-being Board")).toBe("health and well being board");
    expect(normaliseForSearch("Children's Trust")).toBe("childrens trust");
  });

  it("joins the name with its aliases", () => {
    expect(searchTextFor("Local Safeguarding Children Board", ["LSCB"])).toBe("local safeguarding children board | lscb");
  });
});
