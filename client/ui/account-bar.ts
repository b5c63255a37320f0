import { type Child, h, humanise } from "./dom.ts";

/** The signed-in user's corner of the header: New menu, audit log, tokens, sign out; or the sign-in link. */
export function accountBar(
  view: { name: string | null; role: string | null; newLabels: readonly string[]; signInHref: string },
  actions: { newNode(label: string): void; auditLog(): void; apiTokens(): void; signOut(): void },
): Child {
  if (!view.name) return h("a", { class: "sign-in", href: view.signInHref }, "Sign in");
  const editor = view.role === "EDITOR" || view.role === "ADMIN";
  const menu = h(
    "details",
    { class: "new-menu" },
    h("summary", {}, "New"),
    h(
      "ul",
      { class: "new-menu-list" },
      view.newLabels.map((label) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                menu.open = false;
                actions.newNode(label);
              },
            },
            humanise(label.replace(/([a-z])([A-Z])/g, "$1_$2")),
          ),
        ),
      ),
    ),
  );
  return [
    editor ? menu : null,
    editor ? h("button", { type: "button", onclick: actions.auditLog }, "Audit log") : null,
    view.role === "ADMIN" ? h("button", { type: "button", onclick: actions.apiTokens }, "API tokens") : null,
    h("span", { class: "who" }, `${view.name} (${(view.role ?? "viewer").toLowerCase()})`),
    h("button", { type: "button", onclick: actions.signOut }, "Sign out"),
  ];
}
