import { ApiError, type GraphqlClient } from "../api/graphql-client.ts";
import { ApiTokensDocument, AuditLogDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from "../generated/graphql.ts";
import { apiTokensPage, auditLogPage, type TokenRow } from "../ui/admin-pages.ts";
import type { Child } from "../ui/dom.ts";
import { type FormProblem, formValues } from "../ui/form-parts.ts";
import { formProblems } from "./field-paths.ts";
import { historyEntries } from "./history-model.ts";

const problemsOf = (error: unknown, fields: ReadonlySet<string>): FormProblem[] =>
  error instanceof ApiError && error.problems.length ? formProblems(error.problems, fields) : [{ field: null, message: error instanceof ApiError ? error.userMessage : "That did not work." }];

/** The editors' audit log and the administrators' API tokens, shown in the wide panel. */
export function createAdminPages(
  client: GraphqlClient,
  show: (children: Child[], wide?: boolean) => void,
  areas: { all: () => readonly { id: string; name: string }[]; current: () => string | null } = { all: () => [], current: () => null },
) {
  let auditTicket = 0;
  // The filters stay usable while the log loads: what was typed meanwhile survives the redraw.
  const stillTyped = (applied: { actor: string; since: string; until: string; areaId: string }) => {
    const form = document.querySelector<HTMLFormElement>("form[aria-labelledby=audit-filter-title]");
    if (!form) return applied;
    const typed = formValues(form);
    return { actor: typed.actor ?? applied.actor, since: typed.since ?? applied.since, until: typed.until ?? applied.until, areaId: typed.areaId ?? applied.areaId };
  };
  async function auditLog(filters = { actor: "", since: "", until: "", areaId: areas.current() ?? "" }): Promise<void> {
    // Only the answer to the latest filter is shown: an earlier, slower one would undo it.
    const mine = ++auditTicket;
    const filter = (values: Record<string, string>) => void auditLog({ actor: values.actor ?? "", since: values.since ?? "", until: values.until ?? "", areaId: values.areaId ?? "" });
    const choices = areas.all();
    show(auditLogPage(filters, choices, null, [], filter), true);
    try {
      const data = await client(AuditLogDocument, { actor: filters.actor.trim() || null, since: filters.since || null, until: filters.until || null, areaId: filters.areaId || null });
      if (mine !== auditTicket) return;
      show(auditLogPage(stillTyped(filters), choices, historyEntries(data.auditLog), [], filter), true);
    } catch (error) {
      if (mine !== auditTicket) return;
      show(auditLogPage(stillTyped(filters), choices, [], problemsOf(error, new Set(["actor", "since", "until", "areaId"])), filter), true);
      document.querySelector<HTMLElement>(".error-summary")?.focus();
    }
  }

  async function apiTokens(): Promise<void> {
    let tokens: TokenRow[] | null = null;
    let issued: { name: string; token: string } | null = null;
    let problems: FormProblem[] = [];
    let pending = false;
    let values: Record<string, string> = {};
    const draw = () => show(apiTokensPage({ tokens, issued, problems, pending, values }, { issue: (next) => void issue(next), revoke: (token) => void revoke(token) }), true);
    const load = async () => {
      tokens = (await client(ApiTokensDocument)).listApiTokens;
    };
    async function issue(next: Record<string, string>): Promise<void> {
      values = next;
      pending = true;
      draw();
      try {
        const made = await client(CreateApiTokenDocument, { name: next.name ?? "", role: (next.role ?? "VIEWER") as "VIEWER" });
        // Shown once: the page keeps it only until the next draw from the server.
        issued = { name: made.createApiToken.apiToken.name, token: made.createApiToken.token };
        problems = [];
        values = {};
        await load();
      } catch (error) {
        problems = problemsOf(error, new Set(["name", "role"]));
      }
      pending = false;
      draw();
      if (problems.length) document.querySelector<HTMLElement>(".error-summary")?.focus();
    }
    async function revoke(token: TokenRow): Promise<void> {
      try {
        await client(RevokeApiTokenDocument, { id: token.id });
        issued = null;
        await load();
      } catch (error) {
        problems = problemsOf(error, new Set());
      }
      draw();
    }
    draw();
    try {
      await load();
    } catch (error) {
      tokens = [];
      problems = problemsOf(error, new Set());
    }
    // The form was usable while the list loaded: keep what the administrator has typed meanwhile.
    const typed = document.querySelector<HTMLFormElement>("form[aria-labelledby=token-form-title]");
    if (typed && !pending) values = formValues(typed);
    draw();
  }

  return { auditLog, apiTokens };
}
