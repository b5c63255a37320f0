import { describe, expect, it } from "vitest";
import { filterRows, type RegisterRow, registerCsv, sortRows } from "./register-model.ts";

const row = (boardName: string, status: RegisterRow["status"], reviewDue: string | null, lastReviewedOn: string | null = null): RegisterRow => ({
  boardId: `board-${boardName.toLowerCase().replace(/\W+/g, "-")}`,
  boardName,
  status,
  reason: `Why ${boardName}`,
  reviewDue,
  reviewDueAssumed: false,
  daysUntilReview: null,
  lastReviewedOn,
  version: reviewDue ? 1 : null,
  disagreements: 0,
  overdueActions: 0,
});

const ROWS = [row("Beta board", "CURRENT", "2027-05-01", "2026-05-01"), row("Alpha board", "OVERDUE", "2025-01-01"), row("Gamma group", "MISSING", null), row("Delta board", "DUE_SOON", "2026-12-20", "2025-12-20")];

describe("the register's rows", () => {
  it("filters by status and by part of the name", () => {
    expect(filterRows(ROWS, { statuses: ["OVERDUE", "MISSING"], text: "" }).map((r) => r.boardName)).toEqual(["Alpha board", "Gamma group"]);
    expect(filterRows(ROWS, { statuses: [], text: "BOARD" }).map((r) => r.boardName)).toEqual(["Beta board", "Alpha board", "Delta board"]);
  });

  it("sorts by urgency, by name and by date, with unknown dates last either way", () => {
    expect(sortRows(ROWS, "urgency").map((r) => r.status)).toEqual(["OVERDUE", "MISSING", "DUE_SOON", "CURRENT"]);
    expect(sortRows(ROWS, "board", "descending").map((r) => r.boardName)).toEqual(["Gamma group", "Delta board", "Beta board", "Alpha board"]);
    expect(sortRows(ROWS, "reviewDue").map((r) => r.reviewDue)).toEqual(["2025-01-01", "2026-12-20", "2027-05-01", null]);
    expect(sortRows(ROWS, "reviewDue", "descending").map((r) => r.reviewDue)).toEqual(["2027-05-01", "2026-12-20", "2025-01-01", null]);
    expect(sortRows(ROWS, "lastReviewedOn", "descending").map((r) => r.lastReviewedOn)).toEqual(["2026-05-01", "2025-12-20", null, null]);
  });

  it("writes CSV with a header, quoted cells, CRLF lines and formulas defused", () => {
    const csv = registerCsv([{ ...row('Board "A", with comma', "OVERDUE", "2025-01-01"), reason: "=HYPERLINK(1)" }]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toMatch(/^"Board","Board id","Status","Review date"/);
    expect(lines[1]).toContain('"Board ""A"", with comma"');
    expect(lines[1]).toContain(`"'=HYPERLINK(1)"`);
    expect(lines[1]).toContain('"Overdue","2025-01-01","stated"');
    expect(lines.at(-1)).toBe("");
  });
});
