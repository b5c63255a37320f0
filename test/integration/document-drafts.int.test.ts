import { describe, expect, it } from "vitest";
import { makePdf } from "../../bench/drafts/minimal-pdf.ts";
import { createAuthTestApp, jwtHeaders } from "../support/auth-headers.ts";
import { useEditingApp } from "../support/editing-app.ts";
import { graphSnapshot } from "../support/editing-fixture.ts";
import { uploadGraphql } from "../support/multipart-upload.ts";
import { graphql } from "../support/test-app.ts";

const TERMS = [
  "Testshire Early Help Board",
  "Terms of Reference",
  "",
  "1. Accountability",
  "",
  "The Testshire Early Help Board is accountable to the Testshire Health and Wellbeing Board. It reports to the Testshire Children's Partnership.",
  "",
  "Chair: Alex Lead",
  "",
  "Membership",
  "- Alex Lead, Director of Children's Services (Chair)",
  "- Sam Rivers, Head of Early Help (Vice-Chair)",
  "",
  "The Board meets monthly. The quorum is three members.",
  "",
  "Board support: support.board@example.org, 01632 960001.",
].join("\n");

const FACT_FIELDS = "id kind subject { text label matchId matchScore } object { text label matchId } value quote start end page section rule confidence status decidedBy written";
const DRAFT = `mutation Draft($text: String, $file: File, $title: String!, $date: Date, $areaId: ID) {
  draftFromDocument(text: $text, file: $file, title: $title, date: $date, areaId: $areaId) { id title text format pageCount skippedRejected documentFile facts { ${FACT_FIELDS} } }
}`;
const ACCEPT = `mutation Accept($draftId: ID!, $decisions: [DraftFactDecision!]!) { acceptDraftFacts(draftId: $draftId, decisions: $decisions) { id facts { ${FACT_FIELDS} } } }`;
const REJECT = `mutation Reject($draftId: ID!, $factIds: [ID!]!) { rejectDraftFacts(draftId: $draftId, factIds: $factIds) { id facts { id status decidedBy } } }`;
const BY_KIND = `mutation Kind($draftId: ID!, $kind: String!, $accept: Boolean!) { decideDraftKind(draftId: $draftId, kind: $kind, accept: $accept) { facts { kind status } } }`;
const LINES = `query Lines($id: ID!) { reportingLines(rootId: $id, depth: 1) { edges { id type sources { document section } } } }`;

interface Fact {
  id: string;
  kind: string;
  subject: { text: string; label: string; matchId: string | null };
  object: { text: string; matchId: string | null } | null;
  value: string | null;
  quote: string;
  start: number;
  end: number;
  page: number;
  status: string;
  written: string | null;
}
interface Draft {
  id: string;
  text: string;
  format: string;
  pageCount: number;
  skippedRejected: number;
  documentFile: string;
  facts: Fact[];
}

describe("document drafts", () => {
  const editing = useEditingApp("Drafting Editor");

  async function draftText(text = TERMS): Promise<Draft> {
    const answer = await graphql<{ draftFromDocument: Draft }>(editing.app, DRAFT, { text, title: "Early Help Board ToR", date: "2024-05-01", areaId: "area-testshire" }, editing.editor);
    expect(answer.errors).toBeUndefined();
    return answer.data?.draftFromDocument as Draft;
  }
  const find = (draft: Draft, kind: string, subject?: string) => {
    const fact = draft.facts.find((candidate) => candidate.kind === kind && (!subject || candidate.subject.text === subject));
    if (!fact) throw new Error(`no ${kind} fact in ${JSON.stringify(draft.facts.map((f) => f.kind))}`);
    return fact;
  };

  it("proposes each fact with its quote, offsets and match, writes no governance fact and never proposes contact details", async () => {
    const before = await graphSnapshot(editing.db.runner);
    const draft = await draftText();
    expect(draft.facts.map((fact) => fact.kind).sort()).toEqual(["ACCOUNTABLE_TO", "CHAIRS", "MEETING_FREQUENCY", "MEMBER_OF", "MEMBER_OF", "QUORUM", "REPORTS_TO", "VICE_CHAIRS"]);
    for (const fact of draft.facts) expect(draft.text.slice(fact.start, fact.end)).toBe(fact.quote);
    expect(find(draft, "ACCOUNTABLE_TO").object?.matchId).toBe("board-test-hwb");
    expect(find(draft, "REPORTS_TO").object?.matchId).toBe("board-test-partnership");
    expect(find(draft, "CHAIRS").subject.matchId).toBe("person-test-lead");
    expect(find(draft, "ACCOUNTABLE_TO").subject.matchId).toBeNull();
    expect(draft.text).not.toMatch(/example\.org|01632/);
    expect(JSON.stringify(draft.facts)).not.toMatch(/example\.org|01632/);
    const after = await graphSnapshot(editing.db.runner);
    const governance = (lines: string[]) => lines.filter((line) => !/DocumentDraft|DraftFact|PROPOSES/.test(line));
    expect(governance(after)).toEqual(governance(before));
  });

  it("accepts three facts, one of them corrected, in one write that cites the document, page or section and quote", async () => {
    const draft = await draftText();
    const accountable = find(draft, "ACCOUNTABLE_TO");
    const chair = find(draft, "CHAIRS");
    const frequency = find(draft, "MEETING_FREQUENCY");
    const answer = await graphql<{ acceptDraftFacts: Draft }>(
      editing.app,
      ACCEPT,
      { draftId: draft.id, decisions: [{ factId: accountable.id }, { factId: chair.id }, { factId: frequency.id, value: "every six weeks" }] },
      editing.editor,
    );
    expect(answer.errors).toBeUndefined();
    const decided = answer.data?.acceptDraftFacts as Draft;
    expect(decided.facts.filter((fact) => fact.status === "ACCEPTED")).toHaveLength(3);
    const board = find(decided, "ACCOUNTABLE_TO").written?.split(":")[1]?.split("->")[0] as string;
    expect(board).toBe("board-testshire-early-help-board");
    const lines = await graphql<{ reportingLines: { edges: { id: string; type: string; sources: { document: string; section: string }[] }[] } }>(editing.app, LINES, { id: board });
    const edge = lines.data?.reportingLines.edges.find((candidate) => candidate.type === "ACCOUNTABLE_TO");
    expect(edge?.id).toBe(`ACCOUNTABLE_TO:${board}->board-test-hwb`);
    expect(edge?.sources[0]?.document).toBe(draft.documentFile);
    expect(edge?.sources[0]?.section).toContain("“The Testshire Early Help Board is accountable to the Testshire Health and Wellbeing Board.”");
    const entity = await graphql<{ entity: { props: { name: string; text: string | null }[] } }>(editing.app, `query { entity(id: "${board}") { ... on Board { props { name text } } } }`);
    expect(entity.data?.entity.props).toContainEqual({ name: "meetingFrequency", text: "every six weeks" });
    // Accepted once: a second accept of the same fact is refused.
    const again = await graphql(editing.app, ACCEPT, { draftId: draft.id, decisions: [{ factId: chair.id }] }, editing.editor);
    expect(again.errors?.[0]?.extensions?.code).toBe("GOV_DRAFT_DECIDED");
  });

  it("writes nothing when one accepted fact breaks a rule: all or nothing", async () => {
    const draft = await draftText();
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql(
      editing.app,
      ACCEPT,
      { draftId: draft.id, decisions: [{ factId: find(draft, "REPORTS_TO").id }, { factId: find(draft, "ACCOUNTABLE_TO").id, objectId: "strategy-test-neglect" }] },
      editing.editor,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_RELATIONSHIP_NOT_ALLOWED");
    expect(answer.errors?.[0]?.extensions?.fieldPath).toEqual(["decisions", 1, "to"]);
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("remembers rejections: the same document drafted again does not propose them", async () => {
    const draft = await draftText();
    const quorum = find(draft, "QUORUM");
    const rejected = await graphql<{ rejectDraftFacts: Draft }>(editing.app, REJECT, { draftId: draft.id, factIds: [quorum.id] }, editing.editor);
    expect(rejected.data?.rejectDraftFacts.facts.find((fact) => fact.id === quorum.id)?.status).toBe("REJECTED");
    const byKind = await graphql<{ decideDraftKind: { facts: { kind: string; status: string }[] } }>(editing.app, BY_KIND, { draftId: draft.id, kind: "MEMBER_OF", accept: false }, editing.editor);
    expect(byKind.data?.decideDraftKind.facts.filter((fact) => fact.kind === "MEMBER_OF").map((fact) => fact.status)).toEqual(["REJECTED", "REJECTED"]);
    const again = await draftText();
    expect(again.skippedRejected).toBe(3);
    expect(again.facts.map((fact) => fact.kind)).not.toContain("QUORUM");
    expect(again.facts.map((fact) => fact.kind)).not.toContain("MEMBER_OF");
  });

  it("reads an uploaded PDF by position, with pages", async () => {
    const { answer } = await uploadGraphql<{ draftFromDocument: Draft }>(editing.app, DRAFT, { title: "ToR as PDF" }, { name: "terms.pdf", type: "application/pdf", bytes: makePdf(TERMS) }, editing.editor);
    expect(answer.errors).toBeUndefined();
    const draft = answer.data?.draftFromDocument as Draft;
    expect(draft.format).toBe("pdf");
    expect(find(draft, "ACCOUNTABLE_TO").object?.matchId).toBe("board-test-hwb");
    expect(find(draft, "QUORUM").value).toBe("3");
    expect(find(draft, "CHAIRS").page).toBe(1);
  });

  it("refuses bad files with a clear code and writes nothing", async () => {
    const before = await graphSnapshot(editing.db.runner);
    const cases: [string, { name: string; type: string; bytes: Uint8Array }][] = [
      ["GOV_DRAFT_NO_TEXT_LAYER", { name: "scan.pdf", type: "application/pdf", bytes: makePdf("", { scanned: true }) }],
      ["GOV_DRAFT_ENCRYPTED", { name: "locked.pdf", type: "application/pdf", bytes: makePdf(TERMS, { encrypted: true }) }],
      ["GOV_DRAFT_CORRUPT", { name: "broken.pdf", type: "application/pdf", bytes: new Uint8Array(Buffer.from("%PDF-1.7\nthis is not a pdf at all")) }],
      ["GOV_DRAFT_UNSUPPORTED_TYPE", { name: "picture.png", type: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) }],
      ["GOV_DRAFT_UNSUPPORTED_TYPE", { name: "old.doc", type: "application/msword", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }],
    ];
    for (const [code, file] of cases) {
      const { answer } = await uploadGraphql(editing.app, DRAFT, { title: file.name }, file, editing.editor);
      expect(answer.errors?.[0]?.extensions?.code, file.name).toBe(code);
      expect(answer.errors?.[0]?.message.length).toBeGreaterThan(20);
    }
    const small = await createAuthTestApp(editing.db.runner, { DRAFT_MAX_BYTES: "2048" });
    try {
      const { answer } = await uploadGraphql(small, DRAFT, { title: "big" }, { name: "big.txt", type: "text/plain", bytes: new Uint8Array(Buffer.from("The Board meets monthly. ".repeat(200))) }, editing.editor);
      expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_DRAFT_TOO_LARGE");
      expect(answer.errors?.[0]?.message).toContain("DRAFT_MAX_BYTES");
    } finally {
      await small.close();
    }
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("is editors' work: a viewer may neither draft nor accept", async () => {
    const viewer = await jwtHeaders("viewer", "Vic Viewer");
    const answer = await graphql(editing.app, DRAFT, { text: TERMS, title: "x" }, viewer);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_FORBIDDEN");
  });
});
