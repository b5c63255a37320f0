// The drafts page's calls: GraphQL over fetch, a file as a GraphQL multipart request.
// Every request sends yoga's CSRF header and the page's own credentials (same origin).

// A draft as the API answers it is what the review view renders: one shape, named by the view.
import type { ViewDraft, ViewFact, ViewName } from "../ui/drafts-view.ts";

export type DocumentDraft = ViewDraft;
export type DraftFact = ViewFact;
export type DraftName = ViewName;

export interface DraftDecision {
  factId: string;
  subject?: string;
  object?: string;
  value?: string;
}

/** A refusal from the service, with its code and the field it names. */
export class DraftApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldPath: (string | number)[] = [],
  ) {
    super(message);
    this.name = "DraftApiError";
  }
}

const NAME = "text label matchId matchName matchScore";
const DRAFT_FIELDS = `id title format text pageCount skippedRejected facts { id kind subject { ${NAME} } object { ${NAME} } value quote start end page section confidence rule status decidedBy written edited }`;

const HEADERS = { accept: "application/json", "x-graphql-yoga-csrf": "1" };

async function answerOf<T>(response: Response): Promise<T> {
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string; fieldPath?: (string | number)[] } }[] };
  try {
    body = await response.json();
  } catch {
    throw new DraftApiError(`The service answered ${response.status} ${response.statusText}.`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new DraftApiError(first.message, first.extensions?.code ?? "UNEXPECTED", first.extensions?.fieldPath ?? []);
  if (!body.data) throw new DraftApiError("The answer held no data.", "EMPTY");
  return body.data;
}

export async function callGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch("./graphql", { method: "POST", credentials: "same-origin", headers: { ...HEADERS, "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new DraftApiError("The service could not be reached. Check your connection and try again.", "NETWORK");
  }
  return answerOf<T>(response);
}

export interface DraftRequest {
  title: string;
  date: string | null;
  areaId: string | null;
  text: string | null;
  file: File | null;
}

const DRAFT_MUTATION = `mutation DraftFromDocument($text: String, $file: File, $title: String!, $date: Date, $areaId: ID) {
  draftFromDocument(text: $text, file: $file, title: $title, date: $date, areaId: $areaId) { ${DRAFT_FIELDS} } }`;

/** Sends the document: a file by the GraphQL multipart request spec, pasted text as plain JSON. */
export async function draftFromDocument(request: DraftRequest): Promise<DocumentDraft> {
  const variables = { title: request.title, date: request.date, areaId: request.areaId, text: request.file ? null : request.text, file: null };
  if (!request.file) return (await callGraphql<{ draftFromDocument: DocumentDraft }>(DRAFT_MUTATION, variables)).draftFromDocument;
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: DRAFT_MUTATION, variables }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", request.file, request.file.name);
  let response: Response;
  try {
    response = await fetch("./graphql", { method: "POST", credentials: "same-origin", headers: HEADERS, body: form });
  } catch {
    throw new DraftApiError("The document could not be sent. Check your connection and try again.", "NETWORK");
  }
  return (await answerOf<{ draftFromDocument: DocumentDraft }>(response)).draftFromDocument;
}

export async function loadDraft(id: string): Promise<DocumentDraft | null> {
  return (await callGraphql<{ documentDraft: DocumentDraft | null }>(`query Draft($id: ID!) { documentDraft(id: $id) { ${DRAFT_FIELDS} } }`, { id })).documentDraft;
}

export async function acceptFacts(draftId: string, decisions: DraftDecision[]): Promise<DocumentDraft> {
  const query = `mutation Accept($draftId: ID!, $decisions: [DraftFactDecision!]!) { acceptDraftFacts(draftId: $draftId, decisions: $decisions) { ${DRAFT_FIELDS} } }`;
  return (await callGraphql<{ acceptDraftFacts: DocumentDraft }>(query, { draftId, decisions })).acceptDraftFacts;
}

export async function rejectFacts(draftId: string, factIds: string[]): Promise<DocumentDraft> {
  const query = `mutation Reject($draftId: ID!, $factIds: [ID!]!) { rejectDraftFacts(draftId: $draftId, factIds: $factIds) { ${DRAFT_FIELDS} } }`;
  return (await callGraphql<{ rejectDraftFacts: DocumentDraft }>(query, { draftId, factIds })).rejectDraftFacts;
}

export async function decideKind(draftId: string, kind: string, accept: boolean): Promise<DocumentDraft> {
  const query = `mutation Kind($draftId: ID!, $kind: String!, $accept: Boolean!) { decideDraftKind(draftId: $draftId, kind: $kind, accept: $accept) { ${DRAFT_FIELDS} } }`;
  return (await callGraphql<{ decideDraftKind: DocumentDraft }>(query, { draftId, kind, accept })).decideDraftKind;
}

export async function loadAreas(): Promise<{ id: string; name: string }[]> {
  return (await callGraphql<{ entities: { id: string; name: string }[] }>(`query Areas { entities(label: "Area") { id name } }`)).entities;
}
