/** A board's terms-of-reference review: the terms in force, the disagreements, the outcome form and two versions side by side. */
import { type Child, formatDate, h } from "./dom.ts";

export interface TermsVersion {
  id: string;
  version: number;
  purpose?: string | null;
  chairId?: string | null;
  requiredMemberIds: string[];
  membershipText?: string | null;
  quorum?: number | null;
  meetingFrequency?: string | null;
  accountableToIds: string[];
  adoptedOn?: string | null;
  reviewDue?: string | null;
  statusNote?: string | null;
}

export interface ReviewViewModel {
  boardId: string;
  boardName: string;
  status: string;
  reason: string;
  current: TermsVersion | null;
  versions: TermsVersion[];
  discrepancies: { message: string; partyId: string; correctHref: string }[];
  compare: [string, string] | null;
  /** Errors of the outcome form, each with the field it belongs to. */
  errors: { field: string; message: string }[];
}

export interface ReviewViewActions {
  compare(left: string, right: string): void;
  record(form: { outcome: "UNCHANGED" | "REVISED"; nextReviewDue: string; meetingFrequency: string; purpose: string }): void;
  propose(message: string): void;
}

const FIELDS: [keyof TermsVersion, string][] = [
  ["purpose", "Purpose"],
  ["chairId", "Chair"],
  ["requiredMemberIds", "Membership"],
  ["membershipText", "Membership in words"],
  ["quorum", "Quorum"],
  ["meetingFrequency", "Meeting frequency"],
  ["accountableToIds", "Accountable to"],
  ["adoptedOn", "Adopted on"],
  ["reviewDue", "Review due"],
  ["statusNote", "Status"],
];

function show(value: unknown, key: keyof TermsVersion): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return "Not stated";
  if (Array.isArray(value)) return value.join(", ");
  if (key === "adoptedOn" || key === "reviewDue") return formatDate(String(value));
  return String(value);
}

function termsTable(terms: TermsVersion): HTMLElement {
  return h(
    "table",
    { class: "data terms-in-force" },
    h("caption", {}, `Version ${terms.version}`),
    h("tbody", {}, FIELDS.map(([key, label]) => h("tr", {}, h("th", { scope: "row" }, label), h("td", {}, show(terms[key], key))))),
  );
}

function compareTable(model: ReviewViewModel, actions: ReviewViewActions): Child {
  if (model.versions.length < 2) return h("p", {}, "Only one version of the terms is recorded, so there is nothing to compare yet.");
  const [leftId, rightId] = model.compare ?? [model.versions[1]!.id, model.versions[0]!.id];
  const left = model.versions.find((v) => v.id === leftId) ?? model.versions[1]!;
  const right = model.versions.find((v) => v.id === rightId) ?? model.versions[0]!;
  const picker = (id: string, label: string, selected: string) =>
    h("p", {}, h("label", { for: id }, label), " ", h("select", { id, onchange: () => actions.compare((document.getElementById("compare-left") as HTMLSelectElement).value, (document.getElementById("compare-right") as HTMLSelectElement).value) }, model.versions.map((v) => h("option", { value: v.id, selected: v.id === selected }, `Version ${v.version}`))));
  return [
    h("div", { class: "actions" }, picker("compare-left", "Compare", left.id), picker("compare-right", "with", right.id)),
    h(
      "table",
      { class: "data compare-versions" },
      h("caption", {}, `Version ${left.version} and version ${right.version} side by side; changed fields are marked`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Field"), h("th", { scope: "col" }, `Version ${left.version}`), h("th", { scope: "col" }, `Version ${right.version}`))),
      h(
        "tbody",
        {},
        FIELDS.map(([key, label]) => {
          const a = show(left[key], key);
          const b = show(right[key], key);
          return h("tr", { class: a === b ? "" : "changed", "data-field": key }, h("th", { scope: "row" }, label, a === b ? "" : h("strong", {}, " (changed)")), h("td", {}, a), h("td", {}, b));
        }),
      ),
    ),
  ];
}

function outcomeForm(model: ReviewViewModel, actions: ReviewViewActions): HTMLElement {
  const errorOf = (field: string) => model.errors.find((e) => e.field === field)?.message;
  const field = (id: string, label: string, input: HTMLElement, error?: string) =>
    h("div", { class: error ? "field-error" : "" }, h("label", { for: id }, label), error ? h("span", { class: "error-message", id: `${id}-error` }, h("span", { class: "visually-hidden" }, "Error: "), error) : null, input);
  const form = h("form", { id: "outcome-form", novalidate: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    actions.record({
      outcome: data.get("outcome") === "REVISED" ? "REVISED" : "UNCHANGED",
      nextReviewDue: String(data.get("nextReviewDue") ?? ""),
      meetingFrequency: String(data.get("meetingFrequency") ?? ""),
      purpose: String(data.get("purpose") ?? ""),
    });
  });
  form.append(
    ...(model.errors.length
      ? [h("div", { class: "error-summary", role: "alert", tabindex: "-1" }, h("h2", {}, "There is a problem"), h("ul", {}, model.errors.map((e) => h("li", {}, h("a", { href: `#${e.field}` }, e.message)))))]
      : []),
    h(
      "fieldset",
      {},
      h("legend", {}, "Outcome of the review"),
      h("label", { class: "inline-check" }, h("input", { type: "radio", name: "outcome", value: "UNCHANGED", id: "outcome", checked: true }), " Reviewed without change"),
      h("label", { class: "inline-check" }, h("input", { type: "radio", name: "outcome", value: "REVISED", id: "outcome-revised" }), " Revised: a new version"),
    ),
    field("nextReviewDue", "Next review date", h("input", { type: "date", id: "nextReviewDue", name: "nextReviewDue", "aria-describedby": errorOf("nextReviewDue") ? "nextReviewDue-error" : null }), errorOf("nextReviewDue")),
    h(
      "details",
      {},
      h("summary", {}, "Changes, when revised"),
      field("meetingFrequency", "Meeting frequency", h("input", { type: "text", id: "meetingFrequency", name: "meetingFrequency", value: model.current?.meetingFrequency ?? "" }), errorOf("revision")),
      field("purpose", "Purpose", h("textarea", { id: "purpose", name: "purpose" }, model.current?.purpose ?? "")),
    ),
    h("button", { type: "submit", class: "primary" }, "Record the review"),
  );
  return form;
}

export function reviewView(model: ReviewViewModel, actions: ReviewViewActions): Child[] {
  return [
    h("header", { class: "page-header" }, h("p", { class: "page-kicker" }, h("a", { href: "./register.html" }, "Terms-of-reference register")), h("h1", { id: "review-title" }, model.boardName), h("p", {}, model.reason)),
    h("h2", {}, "Terms in force"),
    model.current ? termsTable(model.current) : h("p", {}, "No terms of reference are in force."),
    h("h2", {}, "Where the terms disagree with the graph"),
    model.discrepancies.length
      ? h(
          "ul",
          { class: "discrepancies" },
          model.discrepancies.map((d) =>
            h("li", {}, d.message, " ", h("a", { href: d.correctHref }, "Correct the graph"), " ", h("button", { type: "button", onclick: () => actions.propose(d.message) }, "Propose a change to the terms")),
          ),
        )
      : h("p", {}, "None found."),
    ...(model.current ? [h("h2", {}, "Record the outcome"), outcomeForm(model, actions)] : []),
    h("h2", {}, "Compare versions"),
    compareTable(model, actions),
    h("p", {}, h("a", { href: `./reports/board/${encodeURIComponent(model.boardId)}.docx`, download: "" }, "Download the board paper (.docx)")),
    h("p", {}, h("a", { href: `./self-assessment.html?board=${encodeURIComponent(model.boardId)}` }, "Partnership self-assessment: rounds, partner links and results")),
  ];
}
