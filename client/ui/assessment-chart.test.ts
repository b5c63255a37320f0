import { describe, expect, it } from "vitest";
import { assessmentChartSvg, type PrincipleInput } from "./assessment-chart.ts";

const principle = (number: number, scores: number[], disagreement = false): PrincipleInput => ({
  number,
  title: `Principle <${number}> & more`,
  mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
  min: scores.length ? Math.min(...scores) : null,
  max: scores.length ? Math.max(...scores) : null,
  spread: scores.length ? Math.max(...scores) - Math.min(...scores) : null,
  disagreement,
  scores: scores.map((score, i) => ({ partner: { name: `Partner ${i}` }, score })),
});

describe("assessmentChartSvg", () => {
  const svg = assessmentChartSvg([principle(1, [2, 5, 5], true), principle(2, [4, 4]), principle(3, [])], { caption: "Round 1" });

  it("draws a dot per partner score and a mean bar per scored principle", () => {
    expect(svg.match(/<circle/g)).toHaveLength(5);
    expect(svg).toContain("<title>Partner 1: 5</title>");
    expect(svg).toContain("<title>Mean 4.00</title>");
    expect(svg).toContain("No scores yet");
  });

  it("marks a principle the partners disagree on", () => {
    expect(svg).toContain("⚠ spread 3");
    expect(svg.match(/spread \d/g)).toHaveLength(1);
  });

  it("escapes text and describes every row for a screen reader", () => {
    expect(svg).toContain("Principle &lt;1&gt; &amp; more");
    expect(svg).not.toContain("<1>");
    expect(svg).toMatch(/<desc id="assessment-desc">.*mean 4\.0 from 3 partners, lowest 2, highest 5, partners disagree\./);
    expect(svg).toContain('role="img"');
  });
});
