import { describe, expect, it } from "vitest";
import { lastEvidenceOf, mentions, type WholeStructureDescription } from "./last-evidenced.ts";

const OLD: WholeStructureDescription = { area: "area-x", document: "002_a.txt", section: "Appendix 5", date: "2011-10-01" };
const NEW: WholeStructureDescription = { area: "area-x", document: "000_b.txt", section: "3. The system", date: "2016-05-17" };
const cite = (document: string, section: string, date: string) => ({ document, section, date });

describe("last evidenced", () => {
  it("matches a description by document and the start of any cited section", () => {
    expect(mentions(OLD, cite("002_a.txt", "Report header; Appendix 5: Health and Wellbeing Board", "2011-10-01"))).toBe(true);
    expect(mentions(OLD, cite("002_a.txt", "Appendix 3", "2011-10-01"))).toBe(false);
    expect(mentions(OLD, cite("001_c.txt", "Appendix 5", "2011-10-01"))).toBe(false);
  });

  it("marks a body the older description mentions and the newer one does not, with its latest citation", () => {
    const body = { areas: ["area-x"], sources: [cite("003_d.txt", "2", "2008-01-01"), cite("002_a.txt", "Appendix 5: Groups", "2011-10-01")] };
    expect(lastEvidenceOf(body, [OLD, NEW])).toEqual({ on: "2011-10-01", source: "002_a.txt, Appendix 5: Groups" });
  });

  it("leaves alone a body the newer description restates, one cited after it, one of another area, and one no description named", () => {
    const restated = { areas: ["area-x"], sources: [cite("002_a.txt", "Appendix 5", "2011-10-01"), cite("000_b.txt", "3. The system", "2016-05-17")] };
    const later = { areas: ["area-x"], sources: [cite("002_a.txt", "Appendix 5", "2011-10-01"), cite("009_e.txt", "1", "2017-01-01")] };
    const elsewhere = { areas: ["area-y"], sources: [cite("002_a.txt", "Appendix 5", "2011-10-01")] };
    const unnamed = { areas: ["area-x"], sources: [cite("002_a.txt", "Appendix 3", "2011-10-01")] };
    for (const fact of [restated, later, elsewhere, unnamed]) expect(lastEvidenceOf(fact, [OLD, NEW])).toBeNull();
    // With only one description there is nothing newer to compare with.
    expect(lastEvidenceOf({ areas: ["area-x"], sources: [cite("002_a.txt", "Appendix 5", "2011-10-01")] }, [OLD])).toBeNull();
  });
});
