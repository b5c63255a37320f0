/**
 * A partner's self-assessment page. The link's token arrives in the fragment
 * (#link=…), which browsers never send to a server; the page removes it from
 * the address bar at once and exchanges it for a short-lived cookie, so a
 * bookmark or a shared screen shows no token.
 */
import { byId, h, replaceChildren } from "../ui/dom.ts";
import type { FormProblem } from "../ui/form-parts.ts";
import { answersFrom, commentField, QUESTIONNAIRE_FORM, type QuestionnaireData, questionnaireView, statementField } from "../ui/questionnaire-view.ts";

interface RouteAnswer {
  status: number;
  body: { message?: string; code?: string; fieldPath?: (string | number)[]; draftKept?: boolean; questionnaire?: QuestionnaireData } & Partial<QuestionnaireData>;
}

async function call(method: "GET" | "PUT" | "POST", url: string, body?: unknown): Promise<RouteAnswer> {
  const response = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as RouteAnswer["body"] };
}

export async function startPartnerPage(): Promise<void> {
  const root = byId("partner-root");
  const notices = byId("notices");
  let data: QuestionnaireData | null = null;
  let problems: FormProblem[] = [];
  let pending = false;

  const say = (message: string, tone: "error" | "info" = "error") =>
    replaceChildren(notices, h("div", { class: `notice ${tone === "info" ? "info" : ""}`, role: tone === "error" ? "alert" : "status" }, h("p", {}, message)));

  const link = new URLSearchParams(window.location.hash.slice(1)).get("link");
  if (link) history.replaceState(null, "", window.location.pathname);
  const first = link ? await call("POST", "/partner/session", { link }) : await call("GET", "/partner/questionnaire");
  if (first.status !== 200) {
    replaceChildren(root, h("h1", {}, "Partnership self-assessment"), h("p", { role: "alert" }, first.body.message ?? "This page cannot be opened."));
    return;
  }
  data = first.body as QuestionnaireData;

  function render(focusSummary = false): void {
    if (!data) return;
    const form = document.getElementById(`${QUESTIONNAIRE_FORM}-form`) as HTMLFormElement | null;
    // What is typed survives every redraw: the form is rebuilt from what it holds.
    if (form) data = { ...data, ...answersFrom(form, data) };
    replaceChildren(root, questionnaireView(data, problems, pending, { onSaveDraft: (f) => void save("draft", f), onSubmit: (f) => void save("submit", f) }));
    if (focusSummary) document.getElementById(`${QUESTIONNAIRE_FORM}-error-summary`)?.focus();
  }

  function problemsOf(answer: RouteAnswer): FormProblem[] {
    const [where, index] = answer.body.fieldPath ?? [];
    const message = (answer.body.message ?? "").replace(/^[^:]+: [^:]*: /, "");
    if (where === "answers" && typeof index === "number" && data) {
      const statement = data.principles.flatMap((p) => p.statements)[index];
      if (statement) return [{ field: statementField(statement.id), message: `Statement ${statement.id}: ${message || "choose a score from 1 to 5"}` }];
    }
    if (where === "comments" && typeof index === "number" && data?.principles[index]) return [{ field: commentField(data.principles[index]!.principle), message }];
    return [{ field: null, message: answer.body.message ?? "Your answers could not be saved." }];
  }

  async function save(kind: "draft" | "submit", form: HTMLFormElement): Promise<void> {
    if (!data || pending) return;
    const body = answersFrom(form, data);
    data = { ...data, ...body };
    pending = true;
    render();
    let answer: RouteAnswer;
    try {
      answer = await call(kind === "draft" ? "PUT" : "POST", kind === "draft" ? "/partner/draft" : "/partner/submit", body);
    } catch {
      pending = false;
      problems = [{ field: null, message: "The service could not be reached. Your answers are still on this page; try again." }];
      render(true);
      return;
    }
    pending = false;
    if (answer.status === 200) {
      problems = [];
      data = answer.body as QuestionnaireData;
      replaceChildren(root);
      render();
      say(kind === "draft" ? "Your draft is saved." : "Thank you: your answers are submitted.", "info");
      return;
    }
    if (answer.status === 409 && answer.body.questionnaire) {
      problems = [];
      data = answer.body.questionnaire;
      replaceChildren(root);
      render();
      say(answer.body.message ?? "The round has closed; your answers are kept as a draft.");
      return;
    }
    problems = problemsOf(answer);
    render(true);
  }

  render();
}
