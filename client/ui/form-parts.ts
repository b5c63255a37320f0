// Form building blocks after the GOV.UK Design System's patterns: a label for
// every field, hints and errors tied to the field by aria-describedby, an
// error summary at the top whose links move focus to the field.
import { type Child, h } from "./dom.ts";

/** One problem a form shows: beside the field named by `field`, and in the summary. */
export interface FormProblem {
  /** The field's key within the form (name, kind, section ...); null when the problem names no field. */
  field: string | null;
  message: string;
}

/** The element id of a form's field: stable, so that the summary can link to it. */
export const fieldId = (form: string, field: string) => `${form}-${field}`;

/** "There is a problem" with a link to each field; focused by the caller after a failed save. */
export function errorSummary(form: string, problems: readonly FormProblem[], firstField: string, labels: Readonly<Record<string, string>> = {}): HTMLElement | null {
  if (problems.length === 0) return null;
  return h(
    "div",
    { class: "error-summary", id: `${form}-error-summary`, tabindex: "-1", "aria-labelledby": `${form}-error-summary-title` },
    h("div", { role: "alert" }, h("h3", { class: "error-summary-title", id: `${form}-error-summary-title` }, "There is a problem")),
    h(
      "ul",
      { class: "error-summary-list" },
      problems.map((problem) => {
        const target = fieldId(form, problem.field ?? firstField);
        return h(
          "li",
          {},
          h(
            "a",
            {
              href: `#${target}`,
              onclick: (event: Event) => {
                event.preventDefault();
                document.getElementById(target)?.focus();
              },
            },
            problem.field && labels[problem.field] ? `${labels[problem.field]}: ${problem.message}` : problem.message,
          ),
        );
      }),
    ),
  );
}

interface FieldOptions {
  form: string;
  field: string;
  label: string;
  hint?: string;
  /** The problem beside this field, if any. */
  error?: string;
}

function describedBy(options: FieldOptions): string | null {
  const ids = [options.hint ? `${fieldId(options.form, options.field)}-hint` : null, options.error ? `${fieldId(options.form, options.field)}-error` : null];
  return ids.filter(Boolean).join(" ") || null;
}

function group(options: FieldOptions, control: HTMLElement): HTMLElement {
  const id = fieldId(options.form, options.field);
  return h(
    "div",
    { class: options.error ? "form-group form-group-error" : "form-group" },
    h("label", { class: "form-label", for: id }, options.label),
    options.hint ? h("p", { class: "form-hint", id: `${id}-hint` }, options.hint) : null,
    options.error ? h("p", { class: "error-message", id: `${id}-error` }, h("span", { class: "visually-hidden" }, "Error: "), options.error) : null,
    control,
  );
}

/** A labelled text (or date) input. */
export function textInput(options: FieldOptions & { value: string; type?: "text" | "date"; width?: "full" | "short" }): HTMLElement {
  const id = fieldId(options.form, options.field);
  return group(
    options,
    h("input", {
      class: `form-input${options.width === "short" ? " form-input-short" : ""}${options.error ? " form-input-error" : ""}`,
      id,
      name: options.field,
      type: options.type ?? "text",
      value: options.value,
      "aria-describedby": describedBy(options),
      "aria-invalid": options.error ? "true" : null,
    }),
  );
}

/** A labelled text area. */
export function textArea(options: FieldOptions & { value: string }): HTMLElement {
  const id = fieldId(options.form, options.field);
  const area = h("textarea", {
    class: `form-textarea${options.error ? " form-input-error" : ""}`,
    id,
    name: options.field,
    rows: 3,
    "aria-describedby": describedBy(options),
    "aria-invalid": options.error ? "true" : null,
  });
  area.value = options.value;
  return group(options, area);
}

/** A labelled select; `choices` are [value, words]. */
export function selectInput(options: FieldOptions & { value: string; choices: readonly (readonly [string, string])[] }): HTMLElement {
  const id = fieldId(options.form, options.field);
  const select = h(
    "select",
    {
      class: `form-select${options.error ? " form-input-error" : ""}`,
      id,
      name: options.field,
      "aria-describedby": describedBy(options),
      "aria-invalid": options.error ? "true" : null,
    },
    options.choices.map(([value, words]) => h("option", { value, selected: value === options.value }, words)),
  );
  return group(options, select);
}

/** A fieldset of radios with a legend; `choices` are [value, words, conditional content shown beneath]. */
export function radios(options: FieldOptions & { value: string; choices: readonly (readonly [string, string, Child?])[] }): HTMLElement {
  const id = fieldId(options.form, options.field);
  return h(
    "fieldset",
    { class: options.error ? "form-fieldset form-group-error" : "form-fieldset", "aria-describedby": describedBy(options) },
    h("legend", { class: "form-legend" }, options.label),
    options.hint ? h("p", { class: "form-hint", id: `${id}-hint` }, options.hint) : null,
    options.error ? h("p", { class: "error-message", id: `${id}-error` }, h("span", { class: "visually-hidden" }, "Error: "), options.error) : null,
    options.choices.map(([value, words, conditional], index) => {
      const radioId = index === 0 ? id : `${id}-${index}`;
      return h(
        "div",
        { class: "form-radio" },
        h("input", { type: "radio", id: radioId, name: options.field, value, checked: value === options.value }),
        h("label", { for: radioId }, words),
        conditional ? h("div", { class: "form-radio-conditional" }, conditional) : null,
      );
    }),
  );
}

/** The form's buttons: the main one submits; the others are plain buttons. */
export function formButtons(submit: string, pending: boolean, others: readonly { label: string; run: () => void }[]): HTMLElement {
  return h(
    "div",
    { class: "actions form-actions" },
    h("button", { type: "submit", class: "primary", disabled: pending, "aria-disabled": pending ? "true" : null }, pending ? "Saving…" : submit),
    others.map((other) => h("button", { type: "button", onclick: other.run }, other.label)),
  );
}

/** Every named control of a form as text, so that a draft can keep it. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) values[name] = String(value);
  return values;
}
