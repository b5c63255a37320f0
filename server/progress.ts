/**
 * A one-line progress display for long work (downloads, start-up, imports):
 * redrawn in place on a terminal, and printed at most every few seconds
 * otherwise, so that CI logs stay short but still show that work goes on.
 */
export interface Progress {
  update(status: string, fraction?: number): void;
  done(status?: string): void;
}

export function createProgress(title: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let lastPrinted = 0;
  const interactive = stream.isTTY === true;
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

  function render(status: string, fraction?: number): string {
    const bar = fraction === undefined ? "" : `${progressBar(fraction)} ${(fraction * 100).toFixed(0).padStart(3)}% `;
    return `${title}: ${bar}${status} (${elapsed()})`;
  }

  return {
    update(status, fraction) {
      if (interactive) {
        stream.write(`\r\x1b[2K${render(status, fraction)}`);
      } else if (Date.now() - lastPrinted > 5_000) {
        lastPrinted = Date.now();
        stream.write(`${render(status, fraction)}\n`);
      }
    },
    done(status = "done") {
      stream.write(`${interactive ? "\r\x1b[2K" : ""}${title}: ${status} (${elapsed()})\n`);
    },
  };
}

/** A bar of `width` cells for a fraction between 0 and 1. */
export function progressBar(fraction: number, width = 30): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const full = Math.round(clamped * width);
  return `[${"#".repeat(full)}${"-".repeat(width - full)}]`;
}
