import { h } from "./dom.ts";

/** One field that differs between what the user typed and what is stored now. */
export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

/** Someone saved the node since the user opened it: both versions side by side, and the user chooses. */
export function conflictView(
  title: string,
  rows: readonly ConflictRow[],
  storedBy: string | null,
  actions: { keepMine(): void; takeTheirs(): void },
): HTMLElement {
  return h(
    "section",
    { class: "conflict", "aria-labelledby": "conflict-title" },
    h("h2", { id: "conflict-title", tabindex: "-1" }, `Someone else changed ${title}`),
    h(
      "p",
      {},
      storedBy ? `${storedBy} saved a change while you were editing. ` : "A change was saved while you were editing. ",
      "Your text is kept. Compare the two and choose which to keep.",
    ),
    h(
      "table",
      { class: "data conflict-table" },
      h("caption", {}, "Your change beside the stored one"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Field"), h("th", { scope: "col" }, "Your change"), h("th", { scope: "col" }, "Stored now"))),
      h(
        "tbody",
        {},
        rows.map((row) => h("tr", {}, h("th", { scope: "row" }, row.label), h("td", { class: "mine" }, row.mine || "(empty)"), h("td", { class: "theirs" }, row.theirs || "(empty)"))),
      ),
    ),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", class: "primary", onclick: actions.keepMine }, "Keep mine"),
      h("button", { type: "button", onclick: actions.takeTheirs }, "Take theirs"),
    ),
  );
}
