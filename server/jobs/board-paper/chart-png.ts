/**
 * The self-assessment chart as a PNG for the Word paper: the very SVG the
 * pages draw (client/ui/assessment-chart.ts), rasterised on the server with
 * resvg, so the paper and the screen cannot drift apart.
 */
import { Resvg } from "@resvg/resvg-js";
import { assessmentChartSvg, type PrincipleInput } from "../../../client/ui/assessment-chart.ts";

/** Twice the SVG's own width: sharp when printed at the page's width. @default 1240 */
const PNG_WIDTH = 1240;

export function assessmentChartPng(principles: readonly PrincipleInput[], caption: string): { png: Buffer; width: number; height: number } {
  const svg = assessmentChartSvg(principles, { caption, idPrefix: "paper" });
  const rendered = new Resvg(svg, {
    fitTo: { mode: "width", value: PNG_WIDTH },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  }).render();
  return { png: Buffer.from(rendered.asPng()), width: rendered.width, height: rendered.height };
}
