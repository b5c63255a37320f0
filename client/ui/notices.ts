import { ApiError } from "../api/graphql-client.ts";
import { byId, h, replaceChildren } from "./dom.ts";

/** Options of one notice. */
export interface NoticeOptions {
  /** Shown with a "Try again" button that runs this. */
  retry?: () => void;
  /** "error" (red) or "info" (amber). @default "error" */
  tone?: "error" | "info";
}

/** The banner row where errors and warnings reach the user in plain words. */
export function createNotices() {
  const region = byId("notices");
  const status = byId("status");
  return {
    /** Shows an error, in words; technical detail only behind a disclosure. */
    error(error: unknown, options: NoticeOptions = {}): void {
      const message = error instanceof ApiError ? error.userMessage : "Something went wrong in this page. Reload it and try again.";
      const detail = error instanceof ApiError ? `${error.code}: ${error.detail}` : String(error);
      show(message, detail, options);
    },
    info(message: string, options: NoticeOptions = {}): void {
      show(message, undefined, { tone: "info", ...options });
    },
    clear(): void {
      region.replaceChildren();
    },
    /** The quiet line over the diagram: loading, counts. */
    status(message: string): void {
      status.textContent = message;
    },
  };

  function show(message: string, detail: string | undefined, options: NoticeOptions): void {
    if ([...region.querySelectorAll("p")].some((p) => p.textContent === message)) return;
    const notice = h(
      "div",
      { class: `notice ${options.tone ?? "error"}` },
      h("p", {}, message),
      detail ? h("details", {}, h("summary", {}, "Details"), detail) : null,
      options.retry
        ? h("button", { type: "button", onclick: () => { notice.remove(); options.retry?.(); } }, "Try again")
        : null,
      h("button", { type: "button", "aria-label": "Dismiss this message", onclick: () => notice.remove() }, "×"),
    );
    region.append(notice);
  }
}

export type Notices = ReturnType<typeof createNotices>;

/** Empties the region, e.g. when the user moves on to another view. */
export function clearNotices(): void {
  replaceChildren(byId("notices"));
}
