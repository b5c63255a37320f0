import { readFileSync } from "node:fs";
import { buildSchema, type DocumentNode, Kind, parse, validate, visit } from "graphql";
import { describe, expect, it } from "vitest";
import * as generated from "../generated/graphql.ts";
import { operationText } from "./operation-text.ts";

const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

/** Every operation document the generator wrote, by operation name. */
const documents = Object.entries(generated)
  .filter(([name]) => name.endsWith("Document") && !name.endsWith("FragmentDoc"))
  .map(([name, document]) => [name.replace(/Document$/, ""), document as DocumentNode] as const);

describe("client operations", () => {
  it("are all generated", () => {
    const reading = ["AppStart", "BoardStatus", "Compare", "EntityNeighbourhood", "OversightChain", "ReportingLines", "Search"];
    const editing = ["AllowedRelationshipTypes", "ApiTokens", "AuditLog", "CreateApiToken", "CreateEntity", "CreateRelationship", "EndEntity", "EndRelationship", "EntityForEdit", "NodeHistory", "RevokeApiToken", "UpdateEntity", "UpdateRelationship", "Viewer"];
    const reviews = ["BoardReview", "CreateCalendarSubscription", "RecordTermsReview", "RegisterAreas", "TermsRegister"];
    const moderngov = ["ModernGovSyncProgress", "ModernGovSyncs", "StartModernGovSync"];
    const selfAssessment = ["CloseRound", "InvitePartners", "OpenRound", "RenewPartnerLink", "RevokePartnerLink", "SelfAssessment"];
    expect(documents.map(([name]) => name).sort()).toEqual([...reading, ...editing, ...reviews, ...moderngov, ...selfAssessment].sort());
  });

  it.each(documents)("%s is valid against schema.graphql as sent", (name, document) => {
    const { operationName, query } = operationText(document);
    expect(operationName).toBe(name);
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it.each(documents)("%s carries each fragment it spreads, and no other", (_name, document) => {
    const defined = new Set<string>();
    const spread = new Set<string>();
    visit(parse(operationText(document).query), {
      [Kind.FRAGMENT_DEFINITION]: (node) => void defined.add(node.name.value),
      [Kind.FRAGMENT_SPREAD]: (node) => void spread.add(node.name.value),
    });
    expect([...spread].filter((n) => !defined.has(n))).toEqual([]);
    expect([...defined].filter((n) => !spread.has(n))).toEqual([]);
  });

  it("prints a document once and sends the same text after", () => {
    expect(operationText(generated.SearchDocument)).toBe(operationText(generated.SearchDocument));
  });

  it("refuses a document without a named operation", () => {
    expect(() => operationText(parse("fragment F on Entity { id }"))).toThrow(/one named operation/);
  });
});
