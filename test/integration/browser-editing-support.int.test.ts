import { describe, expect, it } from "vitest";
import { jwtHeaders } from "../support/auth-headers.ts";
import { useEditingApp } from "../support/editing-app.ts";
import { graphql } from "../support/test-app.ts";

const newPerson = (id: string, source: { document: string; section: string }) => ({
  id,
  label: "Person",
  name: "Sam Stated",
  areaId: "area-testshire",
  validFrom: "2016-04-01",
  sources: [source],
});

describe("what the browser's forms ask of the API", () => {
  const editing = useEditingApp("Edith Editor");

  it("says who the caller is, with the id drafts are kept under, and null when anonymous", async () => {
    const signedIn = await graphql<{ viewer: { id: string; name: string; role: string; areaIds: string[] } }>(editing.app, `{ viewer { id name role areaIds } }`, {}, editing.editor);
    expect(signedIn.data?.viewer).toEqual({ id: "jwt:|Edith-Editor", name: "Edith Editor", role: "EDITOR", areaIds: [] });
    const anonymous = await graphql<{ viewer: null }>(editing.app, `{ viewer { id } }`);
    expect(anonymous.data?.viewer).toBeNull();
  });

  it("lists every label of the model with its kinds, and only the lines the model allows between two labels", async () => {
    const answer = await graphql<{ modelLabels: { label: string; kinds: string[] }[]; boards: string[]; personToBoard: string[]; areaToStrategy: string[] }>(
      editing.app,
      `{ modelLabels { label kinds }
         boards: allowedRelationshipTypes(fromLabel: "Board", toLabel: "Board")
         personToBoard: allowedRelationshipTypes(fromLabel: "Person", toLabel: "Board")
         areaToStrategy: allowedRelationshipTypes(fromLabel: "Area", toLabel: "Strategy") }`,
    );
    expect(answer.errors).toBeUndefined();
    const labels = answer.data!.modelLabels;
    expect(labels.map((l) => l.label)).toEqual(expect.arrayContaining(["Board", "Organisation", "Person", "Role", "Strategy", "Priority", "TermsOfReference"]));
    expect(labels.find((l) => l.label === "Person")?.kinds).toEqual([]);
    expect(labels.find((l) => l.label === "Board")?.kinds).toContain("SAFEGUARDING_BOARD");
    expect(answer.data!.boards).toEqual(expect.arrayContaining(["ACCOUNTABLE_TO", "REPORTS_TO", "SITS_ALONGSIDE", "PART_OF", "MEMBER_OF", "REPLACES"]));
    expect(answer.data!.boards).not.toContain("CHAIRS");
    expect(answer.data!.personToBoard).toEqual(["CHAIRS", "MEMBER_OF", "LEADS"]);
    // PART_OF allows Area->Area, not Area->Strategy; IN_AREA is the area field's, not a form's line.
    expect(answer.data!.areaToStrategy).toEqual([]);
    const bad = await graphql(editing.app, `{ allowedRelationshipTypes(fromLabel: "Dragon", toLabel: "Board") }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["fromLabel"] });
  });

  it("takes the editor's own statement as a source, dated the day of the edit", async () => {
    const { data } = await graphql<{ statementDocument: string }>(editing.app, `{ statementDocument }`);
    const section = "Stated by Edith Editor on 2 December 2026";
    const answer = await graphql<{ createEntity: { sources: { document: string; section: string; date: string }[] } }>(
      editing.app,
      `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { sources { document section date } } }`,
      { input: newPerson("person-sam-stated", { document: data!.statementDocument, section }) },
      editing.editor,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createEntity.sources).toEqual([{ document: "statement", section, date: new Date().toISOString().slice(0, 10) }]);
  });

  it("filters the audit log by person and by day", async () => {
    const other = await jwtHeaders("editor", "Olu Other");
    for (const [id, headers] of [["person-one", editing.editor], ["person-two", other]] as const) {
      const made = await graphql(editing.app, `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`, { input: newPerson(id, { document: "statement", section: "Stated" }) }, headers);
      expect(made.errors).toBeUndefined();
    }
    const today = new Date().toISOString().slice(0, 10);
    const query = `query ($actor: String, $since: Date, $until: Date) { auditLog(actor: $actor, since: $since, until: $until) { actor entityId } }`;
    const byOlu = await graphql<{ auditLog: { actor: string; entityId: string }[] }>(editing.app, query, { actor: "Olu Other", since: today, until: today }, editing.editor);
    // A new node in an area writes two entries: the node and its IN_AREA line.
    expect(new Set(byOlu.data!.auditLog.map((e) => e.actor))).toEqual(new Set(["Olu Other"]));
    expect(byOlu.data!.auditLog.map((e) => e.entityId).filter(Boolean)).toEqual(["person-two"]);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const before = await graphql<{ auditLog: unknown[] }>(editing.app, query, { until: yesterday }, editing.editor);
    expect(before.data!.auditLog).toEqual([]);
  });

  it("filters the audit log by area, sub-areas included, and keeps an editor limited to an area to its log", async () => {
    const north = { ...newPerson("person-north", { document: "statement", section: "Stated" }), areaId: "area-testshire-north" };
    const made = await graphql(editing.app, `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`, { input: north }, editing.editor);
    expect(made.errors).toBeUndefined();
    const query = `query ($areaId: ID) { auditLog(areaId: $areaId) { entityId } }`;
    const ids = async (areaId: string | null, headers = editing.editor) => {
      const answer = await graphql<{ auditLog: { entityId: string | null }[] }>(editing.app, query, { areaId }, headers);
      expect(answer.errors).toBeUndefined();
      return new Set(answer.data!.auditLog.map((entry) => entry.entityId).filter(Boolean));
    };
    // Testshire's log holds the change in its sub-area North Testshire; North Testshire's holds only that one.
    expect((await ids("area-testshire")).has("person-north")).toBe(true);
    expect([...(await ids("area-testshire-north"))]).toEqual(["person-north"]);
    // An editor limited to North Testshire sees its log by default, and is refused the county's.
    const northEditor = await jwtHeaders("editor", "Nell North", { areas: ["area-testshire-north"] });
    expect([...(await ids(null, northEditor))]).toEqual(["person-north"]);
    const refused = await graphql(editing.app, query, { areaId: "area-testshire" }, northEditor);
    expect(refused.errors?.[0]?.extensions?.code).toBe("GOV_FORBIDDEN");
  });
});
