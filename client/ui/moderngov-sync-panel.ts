import type { ModernGovSyncFieldsFragment } from "../generated/graphql.ts";
import { type Child, formatDate, h, humanise } from "./dom.ts";

/** What the form sends: the site, whether to write, and the editor's API token (kept in memory only). */
export interface ModernGovSyncForm {
  baseUrl: string;
  token: string;
  dryRun: boolean;
}

export interface ModernGovPanelModel {
  areaName: string;
  lastSync: ModernGovSyncFieldsFragment | null;
  /** Field errors of the last submit, by field name (baseUrl, token), GOV.UK style. */
  errors: { field: "baseUrl" | "token"; message: string }[];
  busy: boolean;
}

const STATE_WORDS: Record<string, string> = {
  QUEUED: "Waiting to start",
  RUNNING: "Running",
  SUCCEEDED: "Finished",
  FAILED: "Stopped with an error",
};

function changeList(title: string, changes: { description: string; source: string | null }[]): Child {
  if (changes.length === 0) return null;
  return h(
    "details",
    { class: "mg-changes" },
    h("summary", {}, `${title} (${changes.length})`),
    h("ul", {}, ...changes.slice(0, 200).map((change) => h("li", {}, change.description, change.source ? h("span", { class: "mg-source" }, ` — ${change.source}`) : null))),
    changes.length > 200 ? h("p", {}, `and ${changes.length - 200} more`) : null,
  );
}

function syncSummary(sync: ModernGovSyncFieldsFragment): Child[] {
  const report = sync.report;
  return [
    h(
      "dl",
      { class: "mg-facts" },
      h("dt", {}, "Site"),
      h("dd", {}, sync.baseUrl),
      h("dt", {}, "State"),
      h("dd", {}, `${STATE_WORDS[sync.state] ?? sync.state}${sync.dryRun ? " (dry run)" : ""}`),
      h("dt", {}, "Read on"),
      h("dd", {}, formatDate(sync.readOn)),
      h("dt", {}, "By"),
      h("dd", {}, sync.requestedBy),
      h("dt", {}, "Committees"),
      h("dd", {}, sync.committeesTotal ? `${sync.committeesDone} of ${sync.committeesTotal}` : String(sync.committeesDone)),
    ),
    sync.state === "FAILED" ? h("p", { class: "mg-error" }, `Stopped at ${sync.stoppedAt ?? "the start"}: ${sync.error ?? ""}. Running it again resumes after the committees done.`) : null,
    report ? h("p", { class: "mg-summary" }, report.summary) : null,
    report ? changeList("Added", report.added) : null,
    report ? changeList("Ended", report.ended) : null,
    report ? changeList("Changed", report.changed) : null,
    report && report.notSeenSince.length > 0
      ? changeList(
          "Members not seen since, to confirm",
          report.notSeenSince.map((item) => ({ description: `${item.personName}, ${item.boardName}: last seen ${formatDate(item.lastEvidencedOn)}, absent since ${formatDate(item.notSeenSince)}`, source: null })),
        )
      : null,
    report && report.proposedMatches.length > 0
      ? changeList(
          "Possible matches with people already recorded, to confirm",
          report.proposedMatches.map((match) => ({ description: `${match.personName} (${match.personId}) may be ${match.candidateName} (${match.candidateId})`, source: null })),
        )
      : null,
    report && report.inferredKinds.length > 0
      ? changeList(
          "Kinds guessed from titles, to correct where wrong",
          report.inferredKinds.map((kind) => ({ description: `${kind.name}: ${humanise(kind.kind)}`, source: kind.reason })),
        )
      : null,
  ];
}

/**
 * The area's last ModernGov sync with its report, and a form for editors to
 * run one: a dry run first (the default), then the real one. Errors follow the
 * GOV.UK pattern: a summary at the top linking to each field, the message beside it.
 */
export function moderngovSyncPanel(model: ModernGovPanelModel, onSubmit: (form: ModernGovSyncForm) => void): HTMLElement {
  const errorFor = (field: string) => model.errors.find((error) => error.field === field);
  const field = (name: "baseUrl" | "token", label: string, hint: string, input: HTMLInputElement) => {
    const error = errorFor(name);
    input.id = `mg-${name}`;
    input.name = name;
    input.setAttribute("aria-describedby", `mg-${name}-hint${error ? ` mg-${name}-error` : ""}`);
    if (error) input.setAttribute("aria-invalid", "true");
    return h(
      "div",
      { class: `form-group${error ? " form-group-error" : ""}` },
      h("label", { for: `mg-${name}` }, label),
      h("p", { id: `mg-${name}-hint`, class: "hint" }, hint),
      error ? h("p", { id: `mg-${name}-error`, class: "error-message" }, h("span", { class: "visually-hidden" }, "Error: "), error.message) : null,
      input,
    );
  };
  const baseUrl = h("input", { type: "url", autocomplete: "url", spellcheck: "false", value: model.lastSync?.baseUrl ?? "" });
  const token = h("input", { type: "password", autocomplete: "off" });
  const dryRun = h("input", { type: "checkbox", id: "mg-dry-run", name: "dryRun", checked: true });
  const form = h(
    "form",
    {
      class: "mg-form",
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        onSubmit({ baseUrl: baseUrl.value.trim(), token: token.value.trim(), dryRun: dryRun.checked });
      },
    },
    field("baseUrl", "ModernGov site", "The council's democracy site, the address before mgWebService.asmx, for example https://democracy.council.gov.uk/", baseUrl),
    field("token", "Editor API token (optional)", "Syncing needs the editor role. Signed in as an editor, leave this empty; otherwise give an editor's API token: it is sent with this request only and not kept.", token),
    h("div", { class: "form-group" }, h("label", { class: "inline-check", for: "mg-dry-run" }, dryRun, " Dry run: show what would change and write nothing")),
    h("button", { type: "submit", disabled: model.busy }, model.busy ? "Syncing…" : "Sync from ModernGov"),
  );
  return h(
    "section",
    { class: "mg-panel", "aria-labelledby": "mg-title" },
    model.errors.length > 0
      ? h(
          "div",
          { class: "error-summary", role: "alert", tabindex: "-1", "aria-labelledby": "mg-error-title" },
          h("h3", { id: "mg-error-title" }, "There is a problem"),
          h("ul", {}, ...model.errors.map((error) => h("li", {}, h("a", { href: `#mg-${error.field}` }, error.message)))),
        )
      : null,
    h("h2", { id: "mg-title" }, `ModernGov sync${model.areaName ? ` for ${model.areaName}` : ""}`),
    model.lastSync ? syncSummary(model.lastSync) : h("p", {}, "This area has not been synced from ModernGov yet."),
    form,
  );
}
