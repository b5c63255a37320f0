import { STATE_COLOURS } from "../graph/palette.ts";
import { tag, text } from "./svg-text.ts";

/** One principle of a self-assessment round, as the chart needs it. */
export interface PrincipleInput {
  number: number;
  title: string;
  mean: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  disagreement: boolean;
  scores: readonly { partner: { name: string }; score: number }[];
  /** The mean in the round before, drawn as a hollow tick so that the change shows; null or absent for none. */
  previousMean?: number | null;
}

/** Options for {@link assessmentChartSvg}. */
export interface AssessmentChartOptions {
  /** Id prefix for the title and description, unique on the page. @default "assessment" */
  idPrefix?: string;
  /** Caption read by screen readers and shown as the title. */
  caption: string;
}

const WIDTH = 620;
const LABEL_WIDTH = 206;
const SCALE_LEFT = LABEL_WIDTH + 16;
const SCALE_WIDTH = 280;
const DOT_STEP = 9;
const ROW = 56;
const TOP = 34;

const x = (score: number) => SCALE_LEFT + ((score - 1) / 4) * SCALE_WIDTH;

/**
 * The six principles as rows on a 1–5 scale: a band from the lowest to the
 * highest partner score (the spread; red where partners disagree), one dot per
 * partner and a bar at the mean, so consensus and conflict stand out, as the
 * Partnership Assessment Tool intends.
 */
export function assessmentChartSvg(principles: readonly PrincipleInput[], options: AssessmentChartOptions): string {
  const id = options.idPrefix ?? "assessment";
  const height = TOP + principles.length * ROW + 28;
  const grid = [1, 2, 3, 4, 5].map((score) =>
    [
      tag("line", { x1: x(score), x2: x(score), y1: TOP - 6, y2: height - 26, stroke: "#d5d8dc", "stroke-width": 1 }),
      tag("text", { x: x(score), y: TOP - 12, "text-anchor": "middle", "font-size": 12, fill: "#424949" }, text(String(score))),
    ].join(""),
  );
  // Stripes first, then the scale, then the marks: nothing hides the grid lines.
  const stripes = principles.map((principle, index) =>
    tag("rect", { x: 0, y: TOP + index * ROW, width: WIDTH, height: ROW, fill: principle.number % 2 === 0 ? "#f4f6f7" : "#ffffff" }),
  );
  const rows = principles.map((principle, index) => row(principle, TOP + index * ROW));
  const legend = tag(
    "text",
    { x: 0, y: height - 8, "font-size": 11.5, fill: "#424949" },
    text("1 strongly disagree · 5 strongly agree · dot: a partner · bar: mean · dashed: last round · band: lowest to highest"),
  );
  return tag(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      class: "assessment-chart",
      "font-family": "system-ui, sans-serif",
    },
    tag("title", { id: `${id}-title` }, text(options.caption)),
    tag("desc", { id: `${id}-desc` }, text(describe(principles))),
    ...stripes,
    ...grid,
    ...rows,
    legend,
  );
}

function row(principle: PrincipleInput, top: number): string {
  const mid = top + ROW / 2;
  const label = wrap(`${principle.number}. ${principle.title}`, 28)
    .slice(0, 3)
    .map((line, i, lines) =>
      tag("text", { x: 0, y: mid + (i - (lines.length - 1) / 2) * 15 + 4, "font-size": 13, fill: "#17202a" }, text(line)),
    )
    .join("");
  if (principle.mean === null || principle.min === null || principle.max === null) {
    return label + tag("text", { x: SCALE_LEFT, y: mid + 4, "font-size": 11, fill: "#566573" }, text("No scores yet"));
  }
  const colour = principle.disagreement ? STATE_COLOURS.red : "#5d6d7e";
  const band = tag("rect", {
    x: x(principle.min) - 6,
    y: mid - 10,
    width: x(principle.max) - x(principle.min) + 12,
    height: 20,
    rx: 10,
    fill: principle.disagreement ? "#fadbd8" : "#e5e8e8",
    stroke: colour,
    "stroke-width": principle.disagreement ? 1.5 : 0.5,
  });
  // Partners who gave the same score stack up and down from the middle, each dot its own.
  const sameScore = new Map<number, number>();
  for (const { score } of principle.scores) sameScore.set(score, (sameScore.get(score) ?? 0) + 1);
  const seen = new Map<number, number>();
  const dots = principle.scores.map(({ partner, score }) => {
    const nth = seen.get(score) ?? 0;
    seen.set(score, nth + 1);
    const offset = (nth - ((sameScore.get(score) ?? 1) - 1) / 2) * DOT_STEP;
    return tag(
      "circle",
      { cx: x(score), cy: mid + offset, r: 4, fill: "#ffffff", stroke: "#17202a", "stroke-width": 1.5 },
      tag("title", {}, text(`${partner.name}: ${score}`)),
    );
  });
  const mean = tag(
    "rect",
    { x: x(principle.mean) - 2, y: mid - 13, width: 4, height: 26, fill: "#17202a" },
    tag("title", {}, text(`Mean ${principle.mean.toFixed(2)}`)),
  );
  const before = principle.previousMean ?? null;
  const previous =
    before === null
      ? ""
      : tag(
          "rect",
          { x: x(before) - 2, y: mid - 13, width: 4, height: 26, fill: "none", stroke: "#2874a6", "stroke-width": 1.2, "stroke-dasharray": "3 2" },
          tag("title", {}, text(`Mean in the round before ${before.toFixed(2)}`)),
        );
  const change = before === null ? "" : ` ${principle.mean >= before ? "▲" : "▼"}${Math.abs(principle.mean - before).toFixed(1)}`;
  const note = tag(
    "text",
    { x: SCALE_LEFT + SCALE_WIDTH + 14, y: mid + 4, "font-size": 12.5, fill: colour, "font-weight": principle.disagreement ? "bold" : "normal" },
    text(`${principle.mean.toFixed(1)}${change}${principle.disagreement ? ` ⚠ spread ${principle.spread}` : ""}`),
  );
  return label + band + previous + mean + dots.join("") + note;
}

function describe(principles: readonly PrincipleInput[]): string {
  return principles
    .map((p) =>
      p.mean === null
        ? `${p.number}. ${p.title}: no scores.`
        : `${p.number}. ${p.title}: mean ${p.mean.toFixed(1)} from ${p.scores.length} partners, lowest ${p.min}, highest ${p.max}${
            p.previousMean !== null && p.previousMean !== undefined ? `, ${(p.mean - p.previousMean).toFixed(1)} on the round before` : ""
          }${p.disagreement ? ", partners disagree" : ""}.`,
    )
    .join(" ");
}

function wrap(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}
