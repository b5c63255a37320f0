import { describe, expect, it } from "vitest";
import { EntityRecord } from "../domain/entity-record.ts";
import { idsIn, termsFields } from "./terms-fields.ts";

const node = (props: Record<string, unknown>) => EntityRecord.parse({ id: "tor-x", name: "Terms", label: "TermsOfReference", ...props });

describe("terms-of-reference fields", () => {
  it("reads ids from a stored list or from seed text, each once", () => {
    expect(idsIn(["org-a", "org-b", "org-a"])).toEqual(["org-a", "org-b"]);
    expect(idsIn("org-essex-police, role-dcs; board-essex-hwb and person-x-y")).toEqual(["org-essex-police", "role-dcs", "board-essex-hwb", "person-x-y"]);
    expect(idsIn("representatives of partner agencies")).toEqual([]);
    expect(idsIn(null)).toEqual([]);
  });

  it("keeps membership wording that is more than ids, and defaults the version to 1", () => {
    const fields = termsFields(node({ membership: "partner agencies, including org-a", quorum: "5", status: " under review " }));
    expect(fields).toMatchObject({ requiredMemberIds: ["org-a"], membershipText: "partner agencies, including org-a", quorum: 5, statusNote: "under review", version: 1 });
    expect(termsFields(node({ membership: "org-a, org-b", quorum: "a third" }))).toMatchObject({ membershipText: null, quorum: null });
  });

  it("takes the chair's id and dates as stored", () => {
    expect(termsFields(node({ chair: "role-leader", adoptedOn: "2016-01-01", reviewDue: "2017-01-01", version: 3 }))).toMatchObject({
      chairId: "role-leader",
      adoptedOn: "2016-01-01",
      reviewDue: "2017-01-01",
      version: 3,
    });
  });
});
