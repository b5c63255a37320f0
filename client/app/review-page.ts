/** A board's review page: ?board=<id>[&compare=<id>,<id>]. */
import { ApiError, createGraphqlClient } from "../api/graphql-client.ts";
import { sameOriginFetch } from "../api/same-origin-fetch.ts";
import { BoardReviewDocument, type BoardReviewQuery, RecordTermsReviewDocument } from "../generated/graphql.ts";
import { byId, h, replaceChildren } from "../ui/dom.ts";
import { reviewView } from "../ui/review-view.ts";

const FORM_FIELDS = ["nextReviewDue", "revision", "outcome"];

/** The form field a server error names ("nextReviewDue: must ..."), or the outcome choice for anything else. */
function fieldOf(error: ApiError): string {
  return FORM_FIELDS.find((field) => error.detail.includes(`${field}:`) || error.detail.includes(`${field}.`)) ?? "outcome";
}

export async function startReviewPage(): Promise<void> {
  const root = byId("review-root");
  const notices = byId("notices");
  const client = createGraphqlClient({ fetch: sameOriginFetch() });
  const params = new URLSearchParams(window.location.search);
  const boardId = params.get("board") ?? "";
  const pair = (params.get("compare") ?? "").split(",");
  let compare: [string, string] | null = pair.length === 2 && pair[0] && pair[1] ? [pair[0], pair[1]] : null;
  let item: BoardReviewQuery["termsOfReferenceReview"]["boards"][number] | null = null;
  let errors: { field: string; message: string }[] = [];

  const say = (message: string, tone: "error" | "info" = "error") =>
    replaceChildren(notices, h("div", { class: `notice ${tone === "info" ? "info" : ""}`, role: tone === "error" ? "alert" : "status" }, h("p", {}, message)));

  async function load(): Promise<void> {
    try {
      const answer = await client(BoardReviewDocument, { asOf: new Date().toISOString().slice(0, 10), boardId });
      item = answer.termsOfReferenceReview.boards[0] ?? null;
      if (!item) say(`No board "${boardId}" is in force today.`);
    } catch (error) {
      say(error instanceof ApiError ? error.userMessage : "The review could not be loaded.");
    }
    render();
  }

  function render(): void {
    if (!item) {
      replaceChildren(root, h("h1", {}, "Terms-of-reference review"), h("p", {}, h("a", { href: "./register.html" }, "Back to the register")));
      return;
    }
    document.title = `Terms-of-reference review: ${item.board.name}`;
    const current = item.termsOfReference ?? null;
    const versions = [...(current ? [current] : []), ...item.previousVersions];
    replaceChildren(
      root,
      reviewView(
        {
          boardId: item.board.id,
          boardName: item.board.name,
          status: item.status,
          reason: item.reason,
          current,
          versions,
          // "Correct the graph" opens the entity's panel with the edit intent (the edit form reads it).
          discrepancies: item.discrepancies.map((d) => ({ message: d.message, partyId: d.party.id, correctHref: `./?node=${encodeURIComponent(d.party.entity?.id ?? item!.board.id)}&edit=1` })),
          compare,
          errors,
        },
        {
          compare: (left, right) => {
            compare = [left, right];
            const next = new URLSearchParams({ board: boardId, compare: `${left},${right}` });
            window.history.replaceState(null, "", `?${next.toString()}`);
            render();
          },
          propose: (message) => {
            const details = root.querySelector("#outcome-form details") as HTMLDetailsElement | null;
            (root.querySelector("#outcome-revised") as HTMLInputElement | null)?.click();
            if (details) details.open = true;
            say(`Proposing a change to the terms: ${message}`, "info");
            (root.querySelector("#meetingFrequency") as HTMLElement | null)?.focus();
          },
          record: async (form) => {
            errors = [];
            if (!form.nextReviewDue) errors.push({ field: "nextReviewDue", message: "Enter the next review date" });
            if (errors.length || !current) {
              render();
              // As after a refused save: the summary takes focus, so a keyboard or screen-reader user hears what to fix.
              (root.querySelector(".error-summary") as HTMLElement | null)?.focus();
              return;
            }
            const revision = form.outcome === "REVISED" ? { meetingFrequency: form.meetingFrequency || null, purpose: form.purpose || null } : null;
            try {
              await client(RecordTermsReviewDocument, { termsId: current.id, expectedVersion: current.version, outcome: form.outcome, nextReviewDue: form.nextReviewDue, revision });
              say("The review is recorded.", "info");
              await load();
            } catch (error) {
              if (!(error instanceof ApiError)) throw error;
              errors = [{ field: fieldOf(error), message: error.code === "GOV_CONFLICT" ? `Someone recorded a review or a change meanwhile: reload the page to see it. ${error.detail}` : error.userMessage }];
              render();
              (root.querySelector(".error-summary") as HTMLElement | null)?.focus();
            }
          },
        },
      ),
    );
  }

  await load();
}
