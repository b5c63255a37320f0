import { type Child, h, humanise } from "./dom.ts";
import { errorSummary, fieldId, type FormProblem, formButtons, formValues, radios, selectInput, textInput } from "./form-parts.ts";

/** A node as the line form names it. */
export interface LineEnd {
  id: string;
  name: string;
  label: string;
}

export const LINE_FIELD_LABELS: Record<string, string> = {
  other: "Other end",
  newId: "Id of the new node",
  newName: "Name of the new node",
  kind: "Kind of the new node",
  type: "Line",
  from: "Line",
  to: "Other end",
  validFrom: "In force from",
  source: "Source",
  document: "Document",
  section: "Section",
};

/** What the line form shows: the node it starts from, the other end found by search (or a new node), and the lines the model allows. */
export interface LineFormView {
  title: string;
  subject: LineEnd;
  other: LineEnd | null;
  hits: readonly LineEnd[];
  /** When set, the other end may be a new node of this label, named in the form. */
  newOther: { label: string; kinds: readonly string[]; idPrefix: string } | null;
  /** [value, words]; a value is "<TYPE>|out" (subject to other) or "<TYPE>|in" (other to subject). One choice: the action's own line. */
  typeChoices: readonly (readonly [string, string])[];
  values: Record<string, string>;
  documents: readonly (readonly [string, string])[];
  statement: string;
  problems: readonly FormProblem[];
  pending: boolean;
  notice?: Child;
}

export interface LineFormActions {
  change(values: Record<string, string>): void;
  search(text: string): void;
  pick(end: LineEnd): void;
  submit(values: Record<string, string>): void;
  cancel(): void;
}

/** Draws a line from the node in the panel to another, picked by search, of a type the model allows between the two. */
export function lineForm(view: LineFormView, actions: LineFormActions): HTMLElement {
  const form = "line";
  const v = (key: string) => view.values[key] ?? "";
  const error = (key: string) => view.problems.find((problem) => problem.field === key)?.message;
  const searchBox = h("input", {
    class: "form-input",
    id: fieldId(form, "other"),
    name: "search",
    type: "search",
    value: v("search"),
    "aria-describedby": `${fieldId(form, "other")}-hint${error("other") || error("to") ? ` ${fieldId(form, "other")}-error` : ""}`,
    onkeydown: (event: Event) => {
      if ((event as KeyboardEvent).key !== "Enter") return;
      event.preventDefault();
      actions.search((event.target as HTMLInputElement).value);
    },
  });
  const otherError = error("other") ?? error("to");
  const existing = h(
    "div",
    { class: otherError ? "form-group form-group-error" : "form-group" },
    h("label", { class: "form-label", for: fieldId(form, "other") }, "Find the other end"),
    h("p", { class: "form-hint", id: `${fieldId(form, "other")}-hint` }, "Type part of its name, then press Enter or Search."),
    otherError ? h("p", { class: "error-message", id: `${fieldId(form, "other")}-error` }, h("span", { class: "visually-hidden" }, "Error: "), otherError) : null,
    h("div", { class: "search-row" }, searchBox, h("button", { type: "button", onclick: () => actions.search(searchBox.value) }, "Search")),
    view.hits.length
      ? h(
          "ul",
          { class: "pick-list", "aria-label": "Matches" },
          view.hits.map((hit) => h("li", {}, h("button", { type: "button", onclick: () => actions.pick(hit) }, `${hit.name} (${hit.label})`))),
        )
      : null,
    view.other ? h("p", { class: "picked" }, "Chosen: ", h("strong", {}, view.other.name), ` (${view.other.label})`) : null,
    h("input", { type: "hidden", name: "otherId", value: view.other?.id ?? "" }),
  );
  const fresh = view.newOther
    ? [
        textInput({ form, field: "newName", label: `Name of the new ${view.newOther.label.toLowerCase()}`, value: v("newName"), error: error("newName") ?? error("name") }),
        textInput({ form, field: "newId", label: "Id", hint: `Lower case words joined by hyphens, starting ${view.newOther.idPrefix}`, value: v("newId"), error: error("newId") ?? error("id") }),
        view.newOther.kinds.length
          ? selectInput({ form, field: "kind", label: "Kind", value: v("kind"), choices: [["", "Choose a kind"], ...view.newOther.kinds.map((k) => [k, humanise(k)] as const)], error: error("kind") })
          : null,
      ]
    : null;
  const sourceFields = [
    selectInput({ form, field: "document", label: "Document", value: v("document"), choices: [["", "Choose a document"], ...view.documents], error: error("document") }),
    textInput({ form, field: "section", label: "Section", value: v("section"), error: error("section") }),
  ];
  const element = h(
    "form",
    {
      class: "edit-form",
      novalidate: true,
      "aria-labelledby": "line-form-title",
      oninput: () => actions.change(formValues(element)),
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (view.pending) return;
        actions.submit(formValues(element));
      },
    },
    h("h2", { id: "line-form-title" }, view.title),
    errorSummary(form, view.problems, "other", LINE_FIELD_LABELS),
    view.notice ? h("div", { class: "form-notice" }, view.notice) : null,
    fresh
      ? radios({
          form,
          field: "otherMode",
          label: "Who",
          value: v("otherMode") || "existing",
          choices: [
            ["existing", "Someone or something already in the graph", existing],
            ["new", `A new ${view.newOther!.label.toLowerCase()}`, fresh],
          ],
        })
      : existing,
    view.typeChoices.length === 1
      ? h("input", { type: "hidden", name: "type", value: view.typeChoices[0]![0] })
      : selectInput({
          form,
          field: "type",
          label: "Line",
          hint: view.other ? "Only the lines the model allows between these two." : "Choose the other end first.",
          value: v("type"),
          choices: [["", view.other ? "Choose a line" : "—"], ...view.typeChoices],
          error: error("type") ?? error("from"),
        }),
    textInput({ form, field: "validFrom", label: "In force from", type: "date", width: "short", value: v("validFrom"), error: error("validFrom") }),
    radios({
      form,
      field: "source",
      label: "Source",
      value: v("source") || "document",
      error: error("source"),
      choices: [
        ["document", "A document in the graph", sourceFields],
        ["statement", view.statement],
      ],
    }),
    formButtons("Save", view.pending, [{ label: "Cancel", run: actions.cancel }]),
  );
  return element;
}
