import { type Child, formatDate, h, humanise } from "./dom.ts";
import { errorSummary, type FormProblem, formButtons, formValues, radios, selectInput, textArea, textInput } from "./form-parts.ts";

/** The fields of the node form, by key: the keys the server's field paths name. */
export const ENTITY_FIELDS = ["id", "name", "kind", "areaId", "aliases", "description", "validFrom", "validTo", "source", "document", "section"] as const;

/** Labels of the fields, for the error summary. */
export const ENTITY_FIELD_LABELS: Record<string, string> = {
  id: "Id",
  name: "Name",
  kind: "Kind",
  areaId: "Area",
  aliases: "Other names",
  description: "Description",
  validFrom: "In force from",
  validTo: "Ended on",
  source: "Source",
  document: "Document",
  section: "Section",
  expectedVersion: "Version",
};

/** What the node form shows; `values` are the fields as text, as a draft keeps them. */
export interface EntityFormView {
  title: string;
  creating: boolean;
  label: string;
  values: Record<string, string>;
  kinds: readonly string[];
  areas: readonly (readonly [string, string])[];
  documents: readonly (readonly [string, string])[];
  /** "Stated by Ann Officer on 2 December 2026". */
  statement: string;
  problems: readonly FormProblem[];
  pending: boolean;
  /** A message above the form: a restored draft, a lost session. */
  notice?: Child;
}

/** Callbacks of the node form. */
export interface EntityFormActions {
  change(values: Record<string, string>): void;
  submit(values: Record<string, string>): void;
  discard(): void;
  cancel(): void;
}

/** The form that creates or changes a node, after the GOV.UK patterns. */
export function entityForm(view: EntityFormView, actions: EntityFormActions): HTMLElement {
  const form = "entity";
  const v = (key: string) => view.values[key] ?? "";
  const error = (key: string) => view.problems.find((problem) => problem.field === key)?.message;
  const sourceFields = [
    selectInput({
      form,
      field: "document",
      label: "Document",
      value: v("document"),
      choices: [["", "Choose a document"], ...view.documents],
      error: error("document"),
    }),
    textInput({ form, field: "section", label: "Section", hint: "The heading, paragraph or table that states it, e.g. 4.2 Membership.", value: v("section"), error: error("section") }),
  ];
  const element = h(
    "form",
    {
      class: "edit-form",
      novalidate: true,
      "aria-labelledby": "edit-form-title",
      oninput: () => actions.change(formValues(element)),
      onsubmit: (event: Event) => {
        event.preventDefault();
        // A second press while the first save is under way does nothing: the button is disabled too.
        if (view.pending) return;
        actions.submit(formValues(element));
      },
    },
    h("h2", { id: "edit-form-title" }, view.title),
    errorSummary(form, view.problems, "name", ENTITY_FIELD_LABELS),
    view.notice ? h("div", { class: "form-notice" }, view.notice) : null,
    h("input", { type: "hidden", name: "label", value: view.label }),
    view.creating
      ? textInput({ form, field: "id", label: "Id", hint: `Lower case words joined by hyphens, starting ${idPrefix(view.label)}`, value: v("id"), error: error("id") })
      : null,
    textInput({ form, field: "name", label: "Name", value: v("name"), error: error("name") }),
    view.kinds.length > 0
      ? selectInput({ form, field: "kind", label: "Kind", value: v("kind"), choices: [["", "Choose a kind"], ...view.kinds.map((kind) => [kind, humanise(kind)] as const)], error: error("kind") })
      : null,
    view.label === "Area"
      ? null
      : selectInput({ form, field: "areaId", label: "Area", value: v("areaId"), choices: [["", "No area"], ...view.areas], error: error("areaId") }),
    textInput({ form, field: "aliases", label: "Other names", hint: "Abbreviations and other names, separated by commas.", value: v("aliases"), error: error("aliases") }),
    textArea({ form, field: "description", label: "Description", value: v("description"), error: error("description") }),
    textInput({ form, field: "validFrom", label: "In force from", type: "date", width: "short", value: v("validFrom"), error: error("validFrom") }),
    radios({
      form,
      field: "source",
      label: "Source",
      hint: "Where this comes from.",
      value: v("source") || "document",
      error: error("source"),
      choices: [
        ["document", "A document in the graph", sourceFields],
        ["statement", view.statement],
      ],
    }),
    formButtons(view.creating ? "Create" : "Save changes", view.pending, [
      { label: "Discard changes", run: actions.discard },
      { label: "Cancel", run: actions.cancel },
    ]),
  );
  return element;
}

const PREFIXES: Record<string, string> = {
  Board: "board-",
  Organisation: "org-",
  Person: "person-",
  Role: "role-",
  Strategy: "strategy-",
  Priority: "priority-",
  Outcome: "outcome-",
  Objective: "objective-",
  AreaOfFocus: "focus-",
  TermsOfReference: "tor-",
  HealthCheck: "healthcheck-",
  Area: "area-",
};

/** The id prefix the label's ids start with, as the API's documentation of CreateEntityInput.id lists them. */
export function idPrefix(label: string): string {
  return PREFIXES[label] ?? `${label.toLowerCase()}-`;
}

/** "Stated by Ann Officer on 2 December 2026". */
export function statementWords(name: string, isoDate: string): string {
  return `Stated by ${name} on ${formatDate(isoDate)}`;
}
