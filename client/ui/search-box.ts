import type { GraphqlClient } from "../api/graphql-client.ts";
import { SearchDocument, type SearchQuery } from "../generated/graphql.ts";
import { byId, formatDate, h, humanise, replaceChildren } from "./dom.ts";
import type { Notices } from "./notices.ts";

export type SearchHit = SearchQuery["search"][number];

/** Options for {@link createSearchBox}. */
export interface SearchBoxOptions {
  client: GraphqlClient;
  notices: Notices;
  /** Area names by id, for the line under each result. */
  areaName(id: string | null): string;
  onPick(hit: SearchHit): void | Promise<void>;
}

/** The search combobox (WAI-ARIA combobox with a listbox popup) over the API's `search`. */
export function createSearchBox(options: SearchBoxOptions) {
  const input = byId<HTMLInputElement>("search-input");
  const list = byId("search-results");
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (index: number) => {
    active = hits.length === 0 ? -1 : (index + hits.length) % hits.length;
    for (const [i, option] of [...list.querySelectorAll("[role=option]")].entries()) option.setAttribute("aria-selected", String(i === active));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", `search-option-${active}`);
      list.children[active]?.scrollIntoView({ block: "nearest" });
    }
  };

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = hit.name;
    void options.onPick(hit);
  };

  const render = (text: string) => {
    const items = hits.map((hit, i) =>
      h(
        "div",
        { id: `search-option-${i}`, role: "option", "aria-selected": "false", onmousedown: (e: Event) => e.preventDefault(), onclick: () => pick(i) },
        hit.name,
        h("span", { class: "meta" }, [humanise(hit.kind) || hit.label, options.areaName(hit.areaId), hit.validTo ? `ended ${formatDate(hit.validTo)}` : ""].filter(Boolean).join(" · ")),
      ),
    );
    replaceChildren(list, items.length ? items : h("div", { role: "option", "aria-disabled": "true", "aria-selected": "false" }, `Nothing matches “${text}”.`));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(0);
  };

  const run = async (text: string) => {
    const ticket = ++asked;
    try {
      const data = await options.client(SearchDocument, { text, limit: 12 });
      if (ticket !== asked) return;
      hits = data.search;
      render(text);
    } catch (error) {
      if (ticket === asked) options.notices.error(error);
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    timer = setTimeout(() => void run(text), 200);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden && hits.length) render(input.value.trim());
      else setActive(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else if (input.value.trim().length >= 2) void run(input.value.trim());
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  byId("search-form").addEventListener("submit", (event) => event.preventDefault());

  return {
    focus: () => input.focus(),
  };
}
