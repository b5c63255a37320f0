// A board's self-assessment rounds as an editor runs them: open a round, invite
// the partners (each gets a link to copy or e-mail), see who has answered, send a
// reminder link, close the round, and read the results on the chart.
import { assessmentChartSvg, type PrincipleInput } from "./assessment-chart.ts";
import { type Child, formatDate, h, humanise } from "./dom.ts";

export interface InvitationRow {
  id: string;
  partner: { id: string; name: string };
  status: string;
  expiresAt: string;
  submissions: number;
}
export interface RoundView {
  id: string;
  name: string;
  openedOn: string;
  closedOn: string | null;
  previousRoundName: string | null;
  invitations: InvitationRow[];
  principles: (PrincipleInput & { responses: number; meanChange: number | null })[];
}
export interface IssuedLinkView {
  partnerName: string;
  url: string;
  mailto: string;
}
export interface SelfAssessmentData {
  boardName: string;
  members: { id: string; name: string }[];
  rounds: RoundView[];
  links: IssuedLinkView[];
  today: string;
  defaultExpiry: string;
}
export interface SelfAssessmentHandlers {
  onOpenRound: (name: string, openedOn: string) => void;
  onInvite: (roundId: string, partnerIds: string[], expiresOn: string) => void;
  onRemind: (invitationId: string, partnerName: string) => void;
  onRevoke: (invitationId: string) => void;
  onClose: (roundId: string, closedOn: string) => void;
  onCopy: (url: string) => void;
}

const STATUS_WORDS: Record<string, string> = {
  INVITED: "Invited, not opened",
  OPENED: "Opened, nothing saved",
  DRAFT_SAVED: "Draft saved",
  SUBMITTED: "Submitted",
  REVOKED: "Link withdrawn",
  EXPIRED: "Link expired",
};

function linksPanel(links: readonly IssuedLinkView[], handlers: SelfAssessmentHandlers): Child {
  if (links.length === 0) return null;
  return h(
    "section",
    { class: "panel-section", "aria-labelledby": "links-title" },
    h("h2", { id: "links-title" }, "Links to send"),
    h("p", {}, "Each link is shown only now: the service keeps no copy. Send each partner their own link; it works once, on the device they open it on."),
    h(
      "ul",
      { class: "issued-links" },
      links.map((link, index) =>
        h(
          "li",
          {},
          h("label", { class: "form-label", for: `issued-link-${index}` }, link.partnerName),
          h("input", { class: "form-input", id: `issued-link-${index}`, readonly: true, value: link.url }),
          h(
            "div",
            { class: "actions" },
            h("button", { type: "button", onclick: () => handlers.onCopy(link.url) }, `Copy link for ${link.partnerName}`),
            h("a", { class: "button-link", href: link.mailto }, `E-mail ${link.partnerName}`),
          ),
        ),
      ),
    ),
  );
}

function roundSection(round: RoundView, data: SelfAssessmentData, handlers: SelfAssessmentHandlers): HTMLElement {
  const invited = new Set(round.invitations.map((i) => i.partner.id));
  const uninvited = data.members.filter((m) => !invited.has(m.id));
  const answered = round.invitations.filter((i) => i.status === "SUBMITTED").length;
  const prefix = `round-${round.id}`;
  const invite =
    round.closedOn || uninvited.length === 0
      ? null
      : h(
          "form",
          {
            class: "invite-form",
            onsubmit: (event: Event) => {
              event.preventDefault();
              const form = event.currentTarget as HTMLFormElement;
              const values = new FormData(form);
              handlers.onInvite(round.id, values.getAll("partner").map(String), String(values.get("expiresOn") ?? ""));
            },
          },
          h(
            "fieldset",
            { class: "form-fieldset" },
            h("legend", { class: "form-legend" }, "Invite partners"),
            uninvited.map((member, index) =>
              h(
                "div",
                { class: "form-checkbox" },
                h("input", { type: "checkbox", id: `${prefix}-partner-${index}`, name: "partner", value: member.id, checked: true }),
                h("label", { for: `${prefix}-partner-${index}` }, member.name),
              ),
            ),
          ),
          h(
            "div",
            { class: "form-group" },
            h("label", { class: "form-label", for: `${prefix}-expires` }, "Links work until"),
            h("input", { class: "form-input form-input-short", type: "date", id: `${prefix}-expires`, name: "expiresOn", value: data.defaultExpiry, min: data.today }),
          ),
          h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Invite and show links")),
        );
  const table =
    round.invitations.length === 0
      ? h("p", {}, "Nobody is invited yet.")
      : h(
          "table",
          { class: "data-table invitations" },
          h("caption", {}, `${answered} of ${round.invitations.length} partners have submitted`),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Partner"), h("th", { scope: "col" }, "Where they are"), h("th", { scope: "col" }, "Link works until"), h("th", { scope: "col" }, "Actions"))),
          h(
            "tbody",
            {},
            round.invitations.map((i) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, i.partner.name),
                h("td", {}, `${STATUS_WORDS[i.status] ?? humanise(i.status)}${i.submissions > 1 ? ` (${i.submissions} versions)` : ""}`),
                h("td", {}, formatDate(i.expiresAt)),
                h(
                  "td",
                  {},
                  round.closedOn
                    ? "—"
                    : h(
                        "div",
                        { class: "actions" },
                        h("button", { type: "button", onclick: () => handlers.onRemind(i.id, i.partner.name) }, `Reminder link for ${i.partner.name}`),
                        i.status === "REVOKED" ? null : h("button", { type: "button", onclick: () => handlers.onRevoke(i.id) }, `Withdraw link of ${i.partner.name}`),
                      ),
                ),
              ),
            ),
          ),
        );
  const close = round.closedOn
    ? h("p", {}, `Closed on ${formatDate(round.closedOn)}.`)
    : h(
        "form",
        {
          class: "close-form",
          onsubmit: (event: Event) => {
            event.preventDefault();
            handlers.onClose(round.id, String(new FormData(event.currentTarget as HTMLFormElement).get("closedOn") ?? ""));
          },
        },
        h("div", { class: "form-group" }, h("label", { class: "form-label", for: `${prefix}-closed` }, "Close the round on"), h("input", { class: "form-input form-input-short", type: "date", id: `${prefix}-closed`, name: "closedOn", value: data.today })),
        h("div", { class: "actions" }, h("button", { type: "submit" }, "Close the round")),
      );
  const chart = h("figure", { class: "chart" });
  // The chart is our own SVG text, built with every value escaped (svg-text.ts).
  chart.innerHTML = assessmentChartSvg(round.principles, { idPrefix: prefix, caption: `${round.name}: the partners' scores per principle` });
  const results = h(
    "table",
    { class: "data-table results" },
    h("caption", {}, round.previousRoundName ? `Results, compared with ${round.previousRoundName}` : "Results"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Principle"), h("th", { scope: "col" }, "Partners"), h("th", { scope: "col" }, "Mean"), h("th", { scope: "col" }, "Spread"), h("th", { scope: "col" }, "Change"))),
    h(
      "tbody",
      {},
      round.principles.map((p) =>
        h(
          "tr",
          { class: p.disagreement ? "disagreement" : null },
          h("th", { scope: "row" }, `${p.number}. ${p.title}`),
          h("td", {}, String(p.responses)),
          h("td", {}, p.mean === null ? "—" : p.mean.toFixed(2)),
          h("td", { class: "spread" }, p.spread === null ? "—" : `${p.spread}${p.disagreement ? " (partners disagree)" : ""}`),
          h("td", {}, p.meanChange === null ? "—" : `${p.meanChange > 0 ? "+" : ""}${p.meanChange.toFixed(2)}`),
        ),
      ),
    ),
  );
  return h(
    "section",
    { class: "panel-section round", "aria-labelledby": `${prefix}-title` },
    h("h2", { id: `${prefix}-title` }, `${round.name} (opened ${formatDate(round.openedOn)}${round.closedOn ? `, closed ${formatDate(round.closedOn)}` : ""})`),
    table,
    invite,
    close,
    h("h3", {}, "Results per principle"),
    chart,
    results,
  );
}

export function selfAssessmentView(data: SelfAssessmentData, handlers: SelfAssessmentHandlers): HTMLElement {
  const open = h(
    "form",
    {
      class: "open-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const values = new FormData(event.currentTarget as HTMLFormElement);
        handlers.onOpenRound(String(values.get("name") ?? ""), String(values.get("openedOn") ?? ""));
      },
    },
    h("h2", {}, "Open a new round"),
    h("div", { class: "form-group" }, h("label", { class: "form-label", for: "open-round-name" }, "Round name"), h("input", { class: "form-input", id: "open-round-name", name: "name" })),
    h("div", { class: "form-group" }, h("label", { class: "form-label", for: "open-round-date" }, "Opened on"), h("input", { class: "form-input form-input-short", type: "date", id: "open-round-date", name: "openedOn", value: data.today })),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Open the round")),
  );
  return h(
    "div",
    {},
    h("h1", {}, `Self-assessment: ${data.boardName}`),
    h("p", {}, "Partners score statements under the six principles of the Partnership Assessment Tool, each through their own link; no account is needed."),
    linksPanel(data.links, handlers),
    data.rounds.map((round) => roundSection(round, data, handlers)),
    open,
  );
}
