/**
 * The board paper as a Word document: the terms-of-reference review, the
 * health check, the partners' self-assessment (with its chart) and the actions,
 * laid out to attach to a committee report unchanged: plain headings, tables
 * with header rows, RAG written in words, and every finding's source.
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { assessmentChartPng } from "./chart-png.ts";
import type { BoardPaperData } from "./paper-query.ts";

const RAG_WORDS: Record<string, string> = { RED: "Red", AMBER: "Amber", GREEN: "Green", NOT_APPLICABLE: "Not applicable" };
const STATUS_WORDS: Record<string, string> = { CURRENT: "Current", DUE_SOON: "Due soon", OVERDUE: "Overdue", MISSING: "Missing" };

/** "2016-05-17" → "17 May 2016". */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return "not recorded";
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
  });
}

const names = (parties: { id: string; entity: { name: string } | null }[]) => parties.map((p) => p.entity?.name ?? p.id).join("; ") || "none named";

function termsSection(data: BoardPaperData): (Paragraph | Table)[] {
  const item = data.termsOfReferenceReview.boards[0];
  if (!item) return [heading("1. Terms of reference"), para("The board was not in force on this date, so its terms of reference were not reviewed.")];
  const terms = item.termsOfReference;
  const out: (Paragraph | Table)[] = [heading("1. Terms of reference"), para(`Status: ${STATUS_WORDS[item.status] ?? item.status}. ${item.reason}`)];
  if (terms) {
    out.push(
      table(
        ["Field", "The terms in force"],
        [
          ["Purpose", terms.purpose ?? "not stated"],
          ["Chair", item.chair ? names([item.chair]) : "not named"],
          ["Membership", [names(item.requiredMembers), terms.membershipText].filter((t) => t && t !== "none named").join(". ") || "not stated"],
          ["Quorum", terms.quorum === null ? "not stated" : String(terms.quorum)],
          ["Meeting frequency", terms.meetingFrequency ?? "not stated"],
          ["Accountable to", names(item.accountableTo)],
          ["Adopted on", longDate(terms.adoptedOn)],
          ["Review due", longDate(item.reviewDue)],
          ["Last review", longDate(item.lastReviewedOn)],
          ["Version", String(terms.version)],
          ["Source", terms.sources.map((s) => `${s.document}, ${s.section}`).join("; ") || "entered by user"],
        ],
      ),
    );
  }
  out.push(heading("Where the terms disagree with the graph", HeadingLevel.HEADING_2));
  out.push(...(item.discrepancies.length ? item.discrepancies.map((d) => new Paragraph({ text: d.message, bullet: { level: 0 } })) : [para("None found.")]));
  return out;
}

function healthSection(data: BoardPaperData): (Paragraph | Table)[] {
  const health = data.healthCheck;
  const { red, amber, green, notApplicable } = health.counts;
  return [
    heading("2. Health check"),
    para(`Overall: ${RAG_WORDS[health.overall] ?? health.overall}. ${health.overallReason}`),
    ...(health.actions.some((a) => a.overdue) ? [para(`Overdue actions: ${health.actions.filter((a) => a.overdue).length} (see section 4).`)] : []),
    para(`${red} red, ${amber} amber, ${green} green, ${notApplicable} not applicable.`),
    table(
      ["Rule", "Result", "Why"],
      health.rules.map((r) => [r.rule.title, RAG_WORDS[r.status] ?? r.status, r.reason]),
    ),
  ];
}

function assessmentSection(data: BoardPaperData): (Paragraph | Table)[] {
  const round = data.healthCheck.selfAssessment;
  if (!round) return [heading("3. Partners' self-assessment"), para("No self-assessment round had been opened for this board by this date.")];
  const chart = assessmentChartPng(round.principles, `Self-assessment: ${round.name}`);
  // 16 cm wide on the page (Word measures images in pixels at 96 per inch).
  const width = 605;
  const height = Math.round((chart.height / chart.width) * width);
  const change = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : ""}${value.toFixed(2)}`);
  const disagreeing = round.principles.filter((p) => p.disagreement).map((p) => `${p.number}. ${p.title}`);
  return [
    heading("3. Partners' self-assessment"),
    para(
      `${round.name}, opened ${longDate(round.openedOn)}: ${round.responses.length} partner${round.responses.length === 1 ? "" : "s"} responded (${round.responses.map((r) => r.partner.name).join(", ") || "none"}). ` +
        (disagreeing.length ? `Partners disagree (a spread of ${round.disagreementSpread} or more) on ${disagreeing.join("; ")}.` : "No principle shows a wide disagreement."),
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: "png",
          data: chart.png,
          transformation: { width, height },
          altText: { name: "Self-assessment chart", title: `Self-assessment: ${round.name}`, description: "Each principle on a 1 to 5 scale: a dot per partner, a bar at the mean, a band from lowest to highest; red where partners disagree." },
        }),
      ],
    }),
    table(
      ["Principle", "Mean", "Lowest", "Highest", "Spread", round.previousRoundName ? `Change since ${round.previousRoundName}` : "Change"],
      round.principles.map((p) => [
        `${p.number}. ${p.title}`,
        p.mean === null ? "—" : p.mean.toFixed(2),
        p.min === null ? "—" : String(p.min),
        p.max === null ? "—" : String(p.max),
        p.spread === null ? "—" : `${p.spread}${p.disagreement ? " (partners disagree)" : ""}`,
        change(p.meanChange),
      ]),
    ),
  ];
}

function actionsSection(data: BoardPaperData): (Paragraph | Table)[] {
  const actions = data.healthCheck.actions;
  if (actions.length === 0) return [heading("4. Actions"), para("No actions are recorded on the findings above.")];
  const rules = new Map(data.healthCheck.rules.map((r) => [r.rule.id, r.rule.title]));
  const principles = new Map((data.healthCheck.selfAssessment?.principles ?? []).map((p, index) => [PRINCIPLE_CODES[index], `${p.number}. ${p.title}`]));
  const finding = (a: BoardPaperData["healthCheck"]["actions"][number]) =>
    a.findingKind === "PRINCIPLE" ? `Principle ${principles.get(a.principle ?? "") ?? a.principle}` : `Rule: ${rules.get(a.ruleId ?? "") ?? a.ruleId}`;
  const state = (a: BoardPaperData["healthCheck"]["actions"][number]) => (a.status === "DONE" ? `Done ${longDate(a.closedOn)}` : a.overdue ? "Open, overdue" : "Open");
  const overdue = actions.filter((a) => a.overdue).length;
  return [
    heading("4. Actions"),
    para(`${actions.length} action${actions.length === 1 ? "" : "s"}, ${overdue} overdue.`),
    table(
      ["Action", "Finding", "Owner", "Due", "Status", "Notes"],
      actions.map((a) => [a.what, finding(a), a.owner.name, longDate(a.dueOn), state(a), a.notes ?? ""]),
    ),
  ];
}

/** The principles' codes in the tool's order, as the API lists them. */
const PRINCIPLE_CODES = ["RECOGNISE_NEED", "CLARITY_OF_PURPOSE", "COMMITMENT_AND_OWNERSHIP", "TRUST", "ROBUST_ARRANGEMENTS", "MONITOR_MEASURE_LEARN"];

/** The .docx bytes of one board's paper. */
export async function buildBoardPaper(data: BoardPaperData, asOf: string, extra: (Paragraph | Table)[] = []): Promise<Buffer> {
  const board = data.board?.board;
  const name = board?.name ?? "Board";
  const document = new Document({
    title: `${name}: governance review`,
    creator: "Governance graph",
    description: `Terms-of-reference review and partnership health check as at ${longDate(asOf)}`,
    styles: { default: { document: { run: { font: "Arial", size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: name, heading: HeadingLevel.TITLE }),
          para(`Terms-of-reference review and partnership health check as at ${longDate(asOf)}.`),
          ...termsSection(data),
          ...healthSection(data),
          ...assessmentSection(data),
          ...actionsSection(data),
          ...extra,
          para(`Prepared from the governance graph on ${longDate(new Date().toISOString())}. Red, amber and green are written out in words; each finding cites its source in the service.`),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
