/** A board's self-assessment page: ?board=<id>. */
import { ApiError, createGraphqlClient } from "../api/graphql-client.ts";
import { sameOriginFetch } from "../api/same-origin-fetch.ts";
import {
  CloseRoundDocument,
  InvitePartnersDocument,
  OpenRoundDocument,
  RenewPartnerLinkDocument,
  RevokePartnerLinkDocument,
  SelfAssessmentDocument,
  type SelfAssessmentQuery,
} from "../generated/graphql.ts";
import { byId, h, replaceChildren } from "../ui/dom.ts";
import { type IssuedLinkView, selfAssessmentView } from "../ui/self-assessment-view.ts";

const LINK_DAYS = 28;
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A prefilled message in the editor's own mail client: the service sends no e-mail. */
function mailtoFor(partnerName: string, boardName: string, roundName: string, url: string, reminder: boolean): string {
  const subject = `${reminder ? "Reminder: " : ""}${boardName} self-assessment (${roundName})`;
  const body = [
    `Dear colleague at ${partnerName},`,
    "",
    `${reminder ? "A reminder: please" : "Please"} answer the ${boardName} partnership self-assessment for ${roundName}. It takes about 15 minutes and works on a phone.`,
    "",
    url,
    "",
    "The link is personal to your organisation and works once, on the device you first open it on. Your answers are saved as you go.",
  ].join("\n");
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export async function startSelfAssessmentPage(): Promise<void> {
  const root = byId("assessment-root");
  const notices = byId("notices");
  const client = createGraphqlClient({ fetch: sameOriginFetch() });
  const boardId = new URLSearchParams(window.location.search).get("board") ?? "";
  let answer: SelfAssessmentQuery | null = null;
  let links: IssuedLinkView[] = [];

  const say = (message: string, tone: "error" | "info" = "error") =>
    replaceChildren(notices, h("div", { class: `notice ${tone === "info" ? "info" : ""}`, role: tone === "error" ? "alert" : "status" }, h("p", {}, message)));

  async function load(): Promise<void> {
    try {
      answer = await client(SelfAssessmentDocument, { boardId });
      if (!answer.board) say(`No board "${boardId}".`);
    } catch (error) {
      say(error instanceof ApiError ? error.userMessage : "The self-assessment could not be loaded.");
    }
    render();
  }

  async function act(work: () => Promise<void>, done: string): Promise<void> {
    try {
      await work();
      say(done, "info");
    } catch (error) {
      say(error instanceof ApiError ? error.userMessage : "That did not work; try again.");
    }
    await load();
  }

  const roundName = (roundId: string) => answer?.assessmentRounds.find((r) => r.id === roundId)?.name ?? "";
  const linkOf = (partnerName: string, roundId: string, linkPath: string, reminder: boolean): IssuedLinkView => {
    const url = `${window.location.origin}${linkPath}`;
    return { partnerName, url, mailto: mailtoFor(partnerName, answer?.board?.board.name ?? "", roundName(roundId), url, reminder) };
  };

  function render(): void {
    const detail = answer?.board;
    if (!answer || !detail) {
      replaceChildren(root, h("h1", {}, "Partnership self-assessment"), h("p", {}, h("a", { href: "./register.html" }, "Back to the register")));
      return;
    }
    document.title = `Self-assessment: ${detail.board.name}`;
    replaceChildren(
      root,
      selfAssessmentView(
        {
          boardName: detail.board.name,
          members: detail.members.filter((m) => m.label === "Organisation"),
          rounds: answer.assessmentRounds,
          links,
          today: isoDay(),
          defaultExpiry: isoDay(LINK_DAYS),
        },
        {
          onOpenRound: (name, openedOn) =>
            void act(async () => {
              await client(OpenRoundDocument, { boardId, name, openedOn });
            }, `Round "${name}" is open.`),
          onInvite: (roundId, partnerIds, expiresOn) =>
            void act(async () => {
              const { invitePartners } = await client(InvitePartnersDocument, { roundId, partnerIds, expiresOn });
              links = invitePartners.map((l) => linkOf(l.invitation.partner.name, roundId, l.linkPath, false));
            }, "Partners invited: copy or e-mail each link below."),
          onRemind: (invitationId, partnerName) =>
            void act(async () => {
              const roundId = answer?.assessmentRounds.find((r) => r.invitations.some((i) => i.id === invitationId))?.id ?? "";
              const { renewPartnerLink } = await client(RenewPartnerLinkDocument, { invitationId, expiresOn: isoDay(LINK_DAYS) });
              links = [linkOf(partnerName, roundId, renewPartnerLink.linkPath, true)];
            }, `A new link for ${partnerName}: their earlier link no longer works.`),
          onRevoke: (invitationId) =>
            void act(async () => {
              await client(RevokePartnerLinkDocument, { invitationId });
            }, "The link is withdrawn."),
          onClose: (roundId, closedOn) =>
            void act(async () => {
              await client(CloseRoundDocument, { roundId, closedOn });
              links = [];
            }, "The round is closed."),
          onCopy: (url) => {
            navigator.clipboard?.writeText(url).then(
              () => say("Link copied.", "info"),
              () => say("The browser would not copy; select the link and copy it yourself."),
            );
          },
        },
      ),
    );
  }

  await load();
}
