// Renders a document draft for review: the document's text with the selected
// fact's quote highlighted, and beside it each proposed fact with Accept, Edit
// and Reject, grouped by kind with "all of this kind" buttons. The edit form
// follows the GOV.UK pattern: labels, an error summary at the top, the error beside its field.
import { type Child, h, humanise, replaceChildren } from "./dom.ts";

export interface ViewName {
  text: string;
  label: string;
  matchId: string | null;
  matchName: string | null;
  matchScore: number | null;
}

export interface ViewFact {
  id: string;
  kind: string;
  subject: ViewName;
  object: ViewName | null;
  value: string | null;
  quote: string;
  start: number;
  end: number;
  page: number;
  section: string | null;
  confidence: number;
  rule: string;
  status: "PROPOSED" | "ACCEPTED" | "REJECTED";
  decidedBy: string | null;
  written: string | null;
  edited: string | null;
}

export interface ViewDraft {
  id: string;
  title: string;
  format: string;
  text: string;
  pageCount: number;
  skippedRejected: number;
  facts: ViewFact[];
}

export interface FieldError {
  field: "subject" | "object" | "value";
  message: string;
}

export interface ReviewActions {
  select(fact: ViewFact): void;
  accept(fact: ViewFact): void;
  edit(fact: ViewFact): void;
  reject(fact: ViewFact): void;
  acceptEdited(fact: ViewFact, values: { subject: string; object: string | null; value: string | null }): void;
  cancelEdit(): void;
  decideKind(kind: string, accept: boolean): void;
}

export interface ReviewState {
  selectedId: string | null;
  editingId: string | null;
  editErrors: FieldError[];
  busy: boolean;
}

const VERBS: Record<string, string> = {
  ACCOUNTABLE_TO: "is accountable to",
  REPORTS_TO: "reports to",
  PART_OF: "is a sub-group or part of",
  CHAIRS: "chairs",
  VICE_CHAIRS: "is vice-chair of",
  MEMBER_OF: "is a member of",
  REPLACES: "replaces",
  LEADS: "leads",
  GOVERNED_THROUGH: "is governed and reported through",
  OVERSEEN_BY: "is overseen by",
  ESTABLISHED: "was established",
  REVIEW: "is reviewed",
  QUORUM: "has a quorum of",
  MEETING_FREQUENCY: "meets",
};

function matchNote(name: ViewName): Child {
  if (name.matchId) {
    return h("span", { class: "draft-match" }, `matches ${name.matchName ?? name.matchId}`, name.matchScore !== null && name.matchScore < 1 ? ` (loose match, ${Math.round(name.matchScore * 100)}%)` : "");
  }
  return h("span", { class: "draft-new" }, `new ${humanise(name.label).toLowerCase()}`);
}

/** The document's text, the selected quote marked, pages as the offsets count them. */
export function renderDocumentText(container: HTMLElement, draft: ViewDraft, selected: ViewFact | null): void {
  const pre = h("pre", { class: "draft-text", tabindex: 0, "aria-label": `Text of ${draft.title}` });
  if (selected) {
    pre.append(draft.text.slice(0, selected.start), h("mark", { id: "draft-quote" }, draft.text.slice(selected.start, selected.end)), draft.text.slice(selected.end));
  } else pre.append(draft.text);
  replaceChildren(container, h("h2", { class: "draft-heading" }, "Document text"), pre);
  document.getElementById("draft-quote")?.scrollIntoView({ block: "center" });
}

function editForm(fact: ViewFact, state: ReviewState, actions: ReviewActions): Child {
  const errorFor = (field: FieldError["field"]) => state.editErrors.find((error) => error.field === field);
  const field = (name: FieldError["field"], label: string, value: string) => {
    const error = errorFor(name);
    const id = `edit-${name}`;
    return h(
      "div",
      { class: `draft-field${error ? " draft-field-error" : ""}` },
      h("label", { for: id }, label),
      error ? h("p", { class: "draft-error-message", id: `${id}-error` }, h("span", { class: "visually-hidden" }, "Error: "), error.message) : null,
      h("input", { id, name, type: "text", value, "aria-describedby": error ? `${id}-error` : null, "aria-invalid": error ? "true" : null }),
    );
  };
  const form = h(
    "form",
    {
      class: "draft-edit",
      novalidate: true,
      "aria-label": "Correct this fact, then accept it",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const data = new FormData(event.target as HTMLFormElement);
        actions.acceptEdited(fact, {
          subject: String(data.get("subject") ?? ""),
          object: fact.object ? String(data.get("object") ?? "") : null,
          value: fact.object ? null : String(data.get("value") ?? ""),
        });
      },
    },
    state.editErrors.length > 0
      ? h(
          "div",
          { class: "draft-error-summary", role: "alert", tabindex: -1, id: "edit-error-summary" },
          h("h3", {}, "There is a problem"),
          h("ul", {}, state.editErrors.map((error) => h("li", {}, h("a", { href: `#edit-${error.field}` }, error.message)))),
        )
      : null,
    field("subject", fact.kind === "CHAIRS" || fact.kind === "VICE_CHAIRS" || fact.kind === "MEMBER_OF" || fact.kind === "LEADS" ? "Who (subject)" : "Body (subject)", fact.subject.text),
    fact.object ? field("object", "Object", fact.object.text) : field("value", "Value", fact.value ?? ""),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Accept with changes"), h("button", { type: "button", onclick: () => actions.cancelEdit() }, "Cancel")),
  );
  return form;
}

/** "as corrected: value every six weeks", from the stored corrections. */
function correctedNote(edited: string | null): string {
  if (!edited) return "";
  try {
    const values = JSON.parse(edited) as Record<string, string>;
    return `, as corrected: ${Object.entries(values)
      .map(([field, value]) => `${field} “${value}”`)
      .join(", ")}`;
  } catch {
    return ", as corrected";
  }
}

function factCard(fact: ViewFact, state: ReviewState, actions: ReviewActions): Child {
  const target = fact.object ? fact.object.text : fact.value;
  const selected = state.selectedId === fact.id;
  const decided = fact.status !== "PROPOSED";
  const label = `${fact.subject.text} ${VERBS[fact.kind] ?? humanise(fact.kind)} ${target ?? ""}`;
  const writtenNode = fact.written?.match(/^[A-Z_]+:([^>]+)->/)?.[1] ?? fact.written?.split(".")[0] ?? null;
  return h(
    "li",
    { class: `draft-fact draft-${fact.status.toLowerCase()}${selected ? " draft-selected" : ""}`, "data-fact-id": fact.id, "data-kind": fact.kind },
    h(
      "button",
      { type: "button", class: "draft-fact-title", "aria-pressed": selected ? "true" : "false", onclick: () => actions.select(fact) },
      h("strong", {}, fact.subject.text),
      ` ${VERBS[fact.kind] ?? humanise(fact.kind)} `,
      h("strong", {}, target ?? ""),
    ),
    h("p", { class: "draft-names" }, matchNote(fact.subject), fact.object ? [" · ", matchNote(fact.object)] : null),
    h("blockquote", { class: "draft-quote" }, fact.quote),
    h("p", { class: "draft-meta" }, `Page ${fact.page}${fact.section ? `, ${fact.section}` : ""} · rule ${fact.rule} · confidence ${Math.round(fact.confidence * 100)}%`),
    decided
      ? h(
          "p",
          { class: "draft-status", role: "status" },
          fact.status === "ACCEPTED" ? "Accepted" : "Rejected",
          fact.decidedBy ? ` by ${fact.decidedBy}` : "",
          correctedNote(fact.edited),
          fact.status === "ACCEPTED" && writtenNode ? [" · ", h("a", { href: `./?node=${encodeURIComponent(writtenNode)}&mode=explore` }, "Open in the diagram")] : null,
        )
      : state.editingId === fact.id
        ? editForm(fact, state, actions)
        : h(
            "div",
            { class: "actions" },
            h("button", { type: "button", class: "primary", disabled: state.busy, "aria-label": `Accept: ${label}`, onclick: () => actions.accept(fact) }, "Accept"),
            h("button", { type: "button", disabled: state.busy, "aria-label": `Edit: ${label}`, onclick: () => actions.edit(fact) }, "Edit"),
            h("button", { type: "button", disabled: state.busy, "aria-label": `Reject: ${label}`, onclick: () => actions.reject(fact) }, "Reject"),
          ),
  );
}

/** The proposed facts, one list per kind, each kind with its "all" buttons. */
export function renderFacts(container: HTMLElement, draft: ViewDraft, state: ReviewState, actions: ReviewActions): void {
  const kinds = [...new Set(draft.facts.map((fact) => fact.kind))];
  const open = draft.facts.filter((fact) => fact.status === "PROPOSED").length;
  replaceChildren(
    container,
    h("h2", { class: "draft-heading" }, `Proposed facts (${open} to decide of ${draft.facts.length})`),
    draft.skippedRejected > 0 ? h("p", { class: "draft-note" }, `${draft.skippedRejected} fact(s) rejected in an earlier draft of this document are not proposed again.`) : null,
    draft.facts.length === 0 ? h("p", {}, "No facts were found in this document. Check that it is terms of reference, a plan or a structure note with text (not a scan).") : null,
    kinds.map((kind) => {
      const facts = draft.facts.filter((fact) => fact.kind === kind);
      const proposed = facts.filter((fact) => fact.status === "PROPOSED").length;
      return h(
        "section",
        { class: "draft-kind", "aria-labelledby": `kind-${kind}` },
        h("h3", { id: `kind-${kind}` }, `${humanise(kind)} (${facts.length})`),
        proposed > 1
          ? h(
              "div",
              { class: "actions" },
              h("button", { type: "button", disabled: state.busy, onclick: () => actions.decideKind(kind, true) }, `Accept all ${proposed} ${humanise(kind).toLowerCase()}`),
              h("button", { type: "button", disabled: state.busy, onclick: () => actions.decideKind(kind, false) }, `Reject all ${proposed} ${humanise(kind).toLowerCase()}`),
            )
          : null,
        h("ul", { class: "draft-facts" }, facts.map((fact) => factCard(fact, state, actions))),
      );
    }),
  );
  if (state.editErrors.length > 0) document.getElementById("edit-error-summary")?.focus();
}

/** The upload form's errors: the GOV.UK error summary at the top, each error beside its field. */
export function showUploadErrors(summary: HTMLElement, errors: { field: string; message: string }[]): void {
  for (const element of document.querySelectorAll(".draft-upload .draft-error-message")) element.remove();
  for (const element of document.querySelectorAll(".draft-upload .draft-field-error")) element.classList.remove("draft-field-error");
  summary.hidden = errors.length === 0;
  if (errors.length === 0) return;
  replaceChildren(summary, h("h2", {}, "There is a problem"), h("ul", {}, errors.map((error) => h("li", {}, h("a", { href: `#${error.field}` }, error.message)))));
  for (const error of errors) {
    const input = document.getElementById(error.field);
    const wrapper = input?.closest(".draft-field");
    if (!input || !wrapper) continue;
    wrapper.classList.add("draft-field-error");
    const message = h("p", { class: "draft-error-message", id: `${error.field}-error` }, h("span", { class: "visually-hidden" }, "Error: "), error.message);
    wrapper.insertBefore(message, input);
    input.setAttribute("aria-describedby", `${error.field}-error`);
  }
  summary.focus();
}
