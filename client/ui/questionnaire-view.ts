// A partner's questionnaire: each principle's statements scored 1 to 5, a comment
// per principle, Save draft and Submit. One column, large targets: it is often
// answered on a phone.
import { type Child, formatDate, h } from "./dom.ts";
import { errorSummary, type FormProblem, fieldId } from "./form-parts.ts";

export interface QuestionnaireData {
  round: { name: string; openedOn: string; closedOn: string | null };
  board: { name: string };
  partner: { name: string };
  principles: { principle: string; number: number; title: string; statements: { id: string; number: number; text: string }[] }[];
  answers: { statementId: string; score: number | null }[];
  comments: { principle: string; comment: string }[];
  draftSavedAt: string | null;
  submitted: { version: number; recordedAt: string } | null;
}

export const QUESTIONNAIRE_FORM = "partner";
const SCALE: readonly [number, string][] = [
  [1, "1 Strongly disagree"],
  [2, "2 Disagree"],
  [3, "3 Neither"],
  [4, "4 Agree"],
  [5, "5 Strongly agree"],
];

export const statementField = (id: string) => `statement-${id.replace(".", "-")}`;
export const commentField = (principle: string) => `comment-${principle}`;

export interface QuestionnaireHandlers {
  onSaveDraft: (form: HTMLFormElement) => void;
  onSubmit: (form: HTMLFormElement) => void;
}

function statement(s: { id: string; text: string }, score: number | null, problem: FormProblem | undefined): HTMLElement {
  const id = fieldId(QUESTIONNAIRE_FORM, statementField(s.id));
  return h(
    "fieldset",
    { class: problem ? "form-fieldset statement form-group-error" : "form-fieldset statement", "aria-describedby": problem ? `${id}-error` : null },
    h("legend", { class: "form-legend" }, `${s.id} ${s.text}`),
    problem ? h("p", { class: "error-message", id: `${id}-error` }, h("span", { class: "visually-hidden" }, "Error: "), problem.message) : null,
    h(
      "div",
      { class: "scale" },
      SCALE.map(([value, words], index) => {
        const radioId = index === 0 ? id : `${id}-${value}`;
        return h(
          "div",
          { class: "form-radio scale-choice" },
          h("input", { type: "radio", id: radioId, name: statementField(s.id), value, checked: score === value }),
          h("label", { for: radioId }, words),
        );
      }),
    ),
  );
}

export function questionnaireView(data: QuestionnaireData, problems: readonly FormProblem[], pending: boolean, handlers: QuestionnaireHandlers): HTMLElement {
  const scoreOf = new Map(data.answers.map((a) => [a.statementId, a.score]));
  const commentOf = new Map(data.comments.map((c) => [c.principle, c.comment]));
  const problemAt = new Map(problems.filter((p) => p.field).map((p) => [p.field as string, p]));
  const firstStatement = data.principles[0]?.statements[0]?.id ?? "1.1";
  const status: Child = data.round.closedOn
    ? h("p", { class: "notice" }, `This round closed on ${formatDate(data.round.closedOn)}. Your answers are kept but can no longer be submitted.`)
    : data.submitted
      ? h("p", { class: "notice info" }, `You submitted your answers (version ${data.submitted.version}) on ${formatDate(data.submitted.recordedAt)}. You can change them and submit again; the earlier version is kept.`)
      : data.draftSavedAt
        ? h("p", { class: "notice info" }, `Draft saved on ${formatDate(data.draftSavedAt)} at ${data.draftSavedAt.slice(11, 16)} UTC. It is not submitted yet.`)
        : null;
  const form = h(
    "form",
    {
      id: `${QUESTIONNAIRE_FORM}-form`,
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        handlers.onSubmit(event.currentTarget as HTMLFormElement);
      },
    },
    data.principles.map((p) =>
      h(
        "section",
        { class: "principle", "aria-labelledby": `principle-${p.number}` },
        h("h2", { id: `principle-${p.number}` }, `${p.number}. ${p.title}`),
        p.statements.map((s) => statement(s, scoreOf.get(s.id) ?? null, problemAt.get(statementField(s.id)))),
        (() => {
          const id = fieldId(QUESTIONNAIRE_FORM, commentField(p.principle));
          const area = h("textarea", { class: "form-textarea", id, name: commentField(p.principle), rows: 3 });
          area.value = commentOf.get(p.principle) ?? "";
          return h("div", { class: "form-group" }, h("label", { class: "form-label", for: id }, `Comments on principle ${p.number} (optional)`), area);
        })(),
      ),
    ),
    h(
      "div",
      { class: "actions form-actions" },
      h("button", { type: "submit", class: "primary", disabled: pending || Boolean(data.round.closedOn) }, pending ? "Saving…" : "Submit answers"),
      h("button", { type: "button", disabled: pending, onclick: (event: Event) => handlers.onSaveDraft((event.currentTarget as HTMLElement).closest("form") as HTMLFormElement) }, "Save draft"),
    ),
  );
  return h(
    "div",
    {},
    h("h1", {}, `Self-assessment: ${data.board.name}`),
    h("p", { class: "lead" }, `${data.round.name}. You are answering for ${data.partner.name}.`),
    h("p", {}, "Score each statement from 1 (strongly disagree) to 5 (strongly agree). Save a draft at any time; submit when every statement has a score."),
    errorSummary(QUESTIONNAIRE_FORM, problems, statementField(firstStatement)),
    status,
    form,
  );
}

/** What the form holds, as the partner routes take it. */
export function answersFrom(form: HTMLFormElement, data: QuestionnaireData) {
  const values = new FormData(form);
  return {
    answers: data.principles.flatMap((p) =>
      p.statements.map((s) => {
        const value = values.get(statementField(s.id));
        return { statementId: s.id, score: value === null ? null : Number(value) };
      }),
    ),
    comments: data.principles.map((p) => ({ principle: p.principle, comment: String(values.get(commentField(p.principle)) ?? "") })),
  };
}
