import { describe, expect, it } from "vitest";
import { jwtHeaders } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { useEditingAppOverSeeds } from "../support/seeded-editing-app.ts";

const RECORD = /* GraphQL */ `
  mutation ($termsId: ID!, $v: Int!, $outcome: TermsReviewOutcome!, $next: Date!, $revision: TermsOfReferenceInput) {
    recordTermsReview(termsId: $termsId, expectedVersion: $v, outcome: $outcome, nextReviewDue: $next, revision: $revision) {
      status reviewDue lastReviewedOn
      termsOfReference { id version meetingFrequency }
      previousVersions { id version }
    }
  }`;

interface Recorded {
  recordTermsReview: { status: string; reviewDue: string; lastReviewedOn: string; termsOfReference: { id: string; version: number; meetingFrequency: string | null }; previousVersions: { id: string }[] };
}

describe("recording the outcome of a terms-of-reference review", () => {
  const seeded = useEditingAppOverSeeds();

  it("records a review without change on the version in force, and refuses the second of two editors who read the same version", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const args = { termsId: "tor-essex-locality-cp-west", v: 1, outcome: "UNCHANGED", next: "2028-01-31" };
    const [first, second] = await Promise.all([
      graphql<Recorded>(seeded.app, RECORD, args, await jwtHeaders("editor", "First Editor")),
      graphql<Recorded>(seeded.app, RECORD, args, await jwtHeaders("editor", "Second Editor")),
    ]);
    const answers = [first, second];
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors![0]!.extensions).toMatchObject({ code: "GOV_CONFLICT", currentVersion: 2, fieldPath: ["expectedVersion"] });
    expect(won[0]!.data!.recordTermsReview).toMatchObject({
      status: "CURRENT",
      reviewDue: "2028-01-31",
      lastReviewedOn: today,
      termsOfReference: { id: "tor-essex-locality-cp-west", version: 2 },
    });
  });

  it("records a revised outcome as a new version with the next review date, the old one kept", async () => {
    const answer = await graphql<Recorded>(
      seeded.app,
      RECORD,
      { termsId: "tor-essex-locality-cp-mid", v: 1, outcome: "REVISED", next: "2028-03-31", revision: { meetingFrequency: "every two months" } },
      seeded.editor,
    );
    expect(answer.errors).toBeUndefined();
    const item = answer.data!.recordTermsReview;
    expect(item.termsOfReference).toMatchObject({ version: 2, meetingFrequency: "every two months" });
    expect(item.reviewDue).toBe("2028-03-31");
    expect(item.previousVersions.map((p) => p.id)).toEqual(["tor-essex-locality-cp-mid"]);
  });

  it("refuses a next review date that is not after the review, and a revised outcome without its revision", async () => {
    const early = await graphql(seeded.app, RECORD, { termsId: "tor-essex-locality-cp-south", v: 1, outcome: "UNCHANGED", next: "2001-01-01" }, seeded.editor);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["nextReviewDue"] });
    const bare = await graphql(seeded.app, RECORD, { termsId: "tor-essex-locality-cp-south", v: 1, outcome: "REVISED", next: "2029-01-01" }, seeded.editor);
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["revision"] });
  });
});
