import { ApiError, CSRF_HEADER, type GraphqlClient } from "../api/graphql-client.ts";
import {
  AllowedRelationshipTypesDocument,
  CreateEntityDocument,
  CreateRelationshipDocument,
  type EditableEntityFragment,
  type EditableRelationshipFragment,
  EndEntityDocument,
  EndRelationshipDocument,
  EntityForEditDocument,
  NodeHistoryDocument,
  SearchDocument,
  UpdateEntityDocument,
  UpdateRelationshipDocument,
  type ViewerQuery,
  ViewerDocument,
} from "../generated/graphql.ts";
import { conflictView } from "../ui/conflict-view.ts";
import { type Child, formatDate, h, humanise } from "../ui/dom.ts";
import { ENTITY_FIELD_LABELS, ENTITY_FIELDS, entityForm, idPrefix, statementWords } from "../ui/entity-form.ts";
import type { FormProblem } from "../ui/form-parts.ts";
import { historyList } from "../ui/history-list.ts";
import { type LineEnd, lineForm } from "../ui/line-form.ts";
import type { Notices } from "../ui/notices.ts";
import { clearDrafts, createDraftStore, type DraftStore } from "./drafts.ts";
import { formProblems } from "./field-paths.ts";
import { historyEntries } from "./history-model.ts";

export type Viewer = NonNullable<ViewerQuery["viewer"]>;

/** What editing needs from the page. */
export interface EditingOptions {
  client: GraphqlClient;
  notices: Notices;
  documents(): readonly (readonly [string, string])[];
  areas(): readonly (readonly [string, string])[];
  /** Puts a form or a page in the side panel. */
  show(children: Child[], wide?: boolean): void;
  /** After a save: redraw the diagram and show the node's panel afresh. */
  saved(nodeId: string): Promise<void>;
  /** Leaves a form without saving: back to the node's panel (or none). */
  close(nodeId: string | null): void;
}

const today = () => new Date().toISOString().slice(0, 10);
const LINE_FIELDS = new Set(["other", "newId", "newName", "kind", "type", "from", "to", "validFrom", "source", "document", "section", "id", "name"]);

/** The path the sign-in link returns to: where the user is now. */
export const signInHref = () => `/auth/sign-in?returnTo=${encodeURIComponent(`${window.location.pathname}${window.location.search}`)}`;

/** Quick actions of a board's panel: one line each, towards the board, from someone new or already in the graph. */
const BOARD_ACTIONS = [
  { title: "Set the chair", button: "Set chair", type: "CHAIRS", newLabel: "Person" },
  { title: "Add a member", button: "Add member", type: "MEMBER_OF", newLabel: "Person" },
  { title: "Add a post", button: "Add post", type: "ROLE_IN", newLabel: "Role" },
] as const;

/** The browser's editing: who is signed in, the forms, drafts, conflicts, history. */
export function createEditing(options: EditingOptions) {
  const { client, notices } = options;
  let viewer: Viewer | null = null;
  let labels: ViewerQuery["modelLabels"] = [];
  let statementDocument = "statement";
  let drafts: DraftStore | null = null;

  const kindsOf = (label: string) => labels.find((l) => l.label === label)?.kinds ?? [];
  const statement = () => statementWords(viewer?.name ?? "you", today());
  const canEdit = () => viewer?.role === "EDITOR" || viewer?.role === "ADMIN";

  function sourceOf(values: Record<string, string>) {
    return values.source === "statement" ? { document: statementDocument, section: statement() } : { document: values.document ?? "", section: values.section ?? "" };
  }

  /** The notice a form shows for a save that did not reach the server or whose session ended; the draft is kept either way. */
  function troubleNotice(error: unknown): Child | null {
    if (!(error instanceof ApiError)) return null;
    if (error.code === "GOV_UNAUTHENTICATED") {
      return [
        h("p", {}, h("strong", {}, "Your session has ended. "), "What you typed is kept on this computer. Sign in again, then save."),
        h("p", {}, h("a", { href: signInHref(), class: "sign-in-again" }, "Sign in again")),
      ];
    }
    if (error.code === "NETWORK" || error.code.startsWith("HTTP_5")) {
      return h("p", {}, h("strong", {}, "The service could not be reached. "), "What you typed is kept on this computer. Try saving again when the connection is back.");
    }
    return null;
  }

  function problemsOf(error: unknown, fields: ReadonlySet<string>): FormProblem[] {
    if (error instanceof ApiError && error.problems.length) return formProblems(error.problems, fields);
    return [{ field: null, message: error instanceof ApiError ? error.userMessage : "The change could not be saved." }];
  }

  /** After a failed save, focus moves to the summary (or the notice), as the GOV.UK pattern asks. */
  function focusSummary(): void {
    const target = document.querySelector<HTMLElement>(".error-summary, .form-notice a, .conflict h2");
    target?.focus();
  }

  // -------------------------------------------------------------------------
  // The node form: new or edit.

  function valuesOf(entity: EditableEntityFragment): Record<string, string> {
    return {
      label: entity.label,
      name: entity.name,
      kind: entity.kind ?? "",
      areaId: entity.areaId ?? "",
      aliases: entity.aliases.join(", "),
      description: entity.description ?? "",
      validFrom: entity.validFrom ?? "",
      source: "document",
      document: "",
      section: "",
    };
  }

  const splitAliases = (text: string | undefined) =>
    (text ?? "")
      .split(",")
      .map((alias) => alias.trim())
      .filter(Boolean);

  async function openNew(label: string): Promise<void> {
    const form = `new:${label}`;
    const draft = drafts?.load(form);
    const start = { label, source: "document", validFrom: today() };
    let values: Record<string, string> = draft ? { ...start, ...draft.values } : start;
    let problems: FormProblem[] = [];
    let pending = false;
    let notice: Child = draft ? restoredNotice(draft.savedAt) : null;
    const draw = () =>
      options.show([
        entityForm(
          { title: `New ${humanise(label.replace(/([a-z])([A-Z])/g, "$1_$2")).toLowerCase()}`, creating: true, label, values, kinds: kindsOf(label), areas: options.areas(), documents: options.documents(), statement: statement(), problems, pending, notice },
          {
            change: (next) => {
              values = next;
              drafts?.save(form, next, null);
            },
            submit: (next) => void save(next),
            discard: () => {
              drafts?.discard(form);
              void openNew(label);
            },
            cancel: () => options.close(null),
          },
        ),
      ]);
    async function save(next: Record<string, string>): Promise<void> {
      values = next;
      drafts?.save(form, next, null);
      pending = true;
      draw();
      try {
        const created = await client(CreateEntityDocument, {
          input: {
            id: next.id ?? "",
            label,
            name: next.name ?? "",
            kind: next.kind || null,
            aliases: splitAliases(next.aliases),
            areaId: next.areaId || null,
            description: next.description || null,
            validFrom: next.validFrom ?? "",
            sources: [sourceOf(next)],
          },
        });
        drafts?.discard(form);
        notices.status(`Created ${created.createEntity.name}.`);
        await options.saved(created.createEntity.id);
      } catch (error) {
        pending = false;
        notice = troubleNotice(error);
        problems = notice ? [] : problemsOf(error, new Set(ENTITY_FIELDS));
        draw();
        focusSummary();
      }
    }
    draw();
  }

  async function openEdit(id: string): Promise<void> {
    const form = `edit:${id}`;
    const data = await client(EntityForEditDocument, { id });
    const entity = data.entity;
    if (!entity) return options.close(null);
    const draft = drafts?.load(form);
    const original = valuesOf(entity);
    let values: Record<string, string> = draft ? { ...original, ...draft.values } : original;
    let baseVersion = draft?.baseVersion ?? entity.version;
    let problems: FormProblem[] = [];
    let pending = false;
    let notice: Child = draft ? restoredNotice(draft.savedAt) : null;

    const draw = () =>
      options.show([
        entityForm(
          { title: `Edit ${entity.name}`, creating: false, label: entity.label, values, kinds: kindsOf(entity.label), areas: options.areas(), documents: options.documents(), statement: statement(), problems, pending, notice },
          {
            change: (next) => {
              values = next;
              drafts?.save(form, next, baseVersion);
            },
            submit: (next) => void save(next, baseVersion),
            discard: () => {
              drafts?.discard(form);
              void openEdit(id);
            },
            cancel: () => options.close(id),
          },
        ),
        endSection(entity, data.relationships),
      ]);

    function changesOf(next: Record<string, string>) {
      const input: Record<string, unknown> = {};
      if (next.name !== original.name) input.name = next.name;
      if ((next.kind ?? "") !== original.kind) input.kind = next.kind || null;
      if ((next.areaId ?? "") !== original.areaId) input.areaId = next.areaId || null;
      if (splitAliases(next.aliases).join(",") !== splitAliases(original.aliases).join(",")) input.aliases = splitAliases(next.aliases);
      if ((next.description ?? "") !== original.description) input.description = next.description || null;
      if ((next.validFrom ?? "") !== original.validFrom) input.validFrom = next.validFrom || null;
      // The edit's citation joins those the node has; one per document, the newest section winning.
      const cited = sourceOf(next);
      const kept = entity!.sources.filter((s) => s.document !== cited.document).map((s) => ({ document: s.document, section: s.section }));
      input.sources = [...kept, cited];
      return input;
    }

    async function save(next: Record<string, string>, expectedVersion: number): Promise<void> {
      values = next;
      drafts?.save(form, next, expectedVersion);
      pending = true;
      draw();
      try {
        const saved = await client(UpdateEntityDocument, { id, expectedVersion, input: changesOf(next) });
        drafts?.discard(form);
        notices.status(`Saved ${saved.updateEntity.name}.`);
        await options.saved(id);
      } catch (error) {
        pending = false;
        if (error instanceof ApiError && error.code === "GOV_CONFLICT") return showConflict(next);
        notice = troubleNotice(error);
        problems = notice ? [] : problemsOf(error, new Set(ENTITY_FIELDS));
        draw();
        focusSummary();
      }
    }

    async function showConflict(mine: Record<string, string>): Promise<void> {
      const fresh = await client(EntityForEditDocument, { id });
      const stored = fresh.entity;
      if (!stored) return options.close(null);
      const theirs = valuesOf(stored);
      const history = await client(NodeHistoryDocument, { id }).catch(() => null);
      const rows = ["name", "kind", "areaId", "aliases", "description", "validFrom"]
        .filter((key) => (mine[key] ?? "") !== (theirs[key] ?? ""))
        .map((key) => ({ label: ENTITY_FIELD_LABELS[key] ?? key, mine: mine[key] ?? "", theirs: theirs[key] ?? "" }));
      options.show([
        conflictView(entity!.name, rows, history?.history[0]?.actor ?? null, {
          keepMine: () => {
            // Mine, over the version now stored: the next save names it, so a third change would be caught again.
            baseVersion = stored.version;
            drafts?.save(form, mine, baseVersion);
            Object.assign(original, theirs);
            void save(mine, stored.version);
          },
          takeTheirs: () => {
            drafts?.discard(form);
            void openEdit(id);
          },
        }),
      ]);
      document.getElementById("conflict-title")?.focus();
    }
    draw();
  }

  function restoredNotice(savedAt: string): Child {
    return h("p", {}, `Your unsaved changes from ${new Date(savedAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })} are restored. Save them, or discard them.`);
  }

  /** Ending replaces deleting: end the node or one of its lines today, or undo an end. */
  function endSection(entity: EditableEntityFragment, lines: readonly EditableRelationshipFragment[]): Child {
    const endNode = async () => {
      try {
        if (entity.validTo) await client(UpdateEntityDocument, { id: entity.id, expectedVersion: entity.version, input: { validTo: null } });
        else await client(EndEntityDocument, { id: entity.id, expectedVersion: entity.version, validTo: today(), source: { document: statementDocument, section: statement() } });
        await options.saved(entity.id);
      } catch (error) {
        notices.error(error);
      }
    };
    const endLine = async (line: EditableRelationshipFragment) => {
      const key = { type: line.type, from: line.from, to: line.to };
      try {
        if (line.validTo) await client(UpdateRelationshipDocument, { key, expectedVersion: line.version, input: { validTo: null } });
        else await client(EndRelationshipDocument, { key, expectedVersion: line.version, validTo: today(), source: { document: statementDocument, section: statement() } });
        await openEdit(entity.id);
      } catch (error) {
        notices.error(error);
      }
    };
    return h(
      "section",
      { class: "end-section", "aria-labelledby": "end-title" },
      h("h3", { id: "end-title" }, "End or restore"),
      h(
        "p",
        {},
        entity.validTo ? `Ended on ${formatDate(entity.validTo)}. ` : "Ending keeps the record and its history; it can be undone. ",
        h("button", { type: "button", onclick: () => void endNode() }, entity.validTo ? "Undo the end" : `End ${entity.name} today`),
      ),
      lines.length
        ? h(
            "ul",
            { class: "line-list" },
            lines
              .filter((line) => line.type !== "IN_AREA")
              .map((line) =>
                h(
                  "li",
                  {},
                  `${line.from} ${humanise(line.type).toLowerCase()} ${line.to}${line.validTo ? ` (ended ${formatDate(line.validTo)})` : ""} `,
                  h("button", { type: "button", onclick: () => void endLine(line) }, line.validTo ? "Undo the end" : "End this line"),
                ),
              ),
          )
        : null,
    );
  }

  // -------------------------------------------------------------------------
  // The line form: generic, or one of a board's quick actions.

  async function openLine(subject: LineEnd & { areaId: string | null }, preset: (typeof BOARD_ACTIONS)[number] | null): Promise<void> {
    const form = preset ? `line:${subject.id}:${preset.type}` : `line:${subject.id}`;
    const draft = drafts?.load(form);
    let values: Record<string, string> = draft?.values ?? { validFrom: today(), source: "document", otherMode: "existing", type: preset ? `${preset.type}|in` : "" };
    let other: LineEnd | null = null;
    let hits: LineEnd[] = [];
    let typeChoices: (readonly [string, string])[] = preset ? [[`${preset.type}|in`, humanise(preset.type)]] : [];
    let problems: FormProblem[] = [];
    let pending = false;
    let notice: Child = draft ? restoredNotice(draft.savedAt) : null;
    let createdOther: string | null = null;
    const words = (type: string) => humanise(type).toLowerCase();

    const draw = () =>
      options.show([
        lineForm(
          {
            title: preset ? `${preset.title} of ${subject.name}` : `Add a line from ${subject.name}`,
            subject,
            other,
            hits,
            newOther: preset ? { label: preset.newLabel, kinds: kindsOf(preset.newLabel), idPrefix: idPrefix(preset.newLabel) } : null,
            typeChoices,
            values,
            documents: options.documents(),
            statement: statement(),
            problems,
            pending,
            notice,
          },
          {
            change: (next) => {
              values = { ...values, ...next };
              drafts?.save(form, values, null);
            },
            search: (text) => void search(text),
            pick: (end) => void pick(end),
            submit: (next) => void save(next),
            cancel: () => options.close(subject.id),
          },
        ),
      ]);

    async function search(text: string): Promise<void> {
      values = { ...values, search: text, otherMode: "existing" };
      if (text.trim().length < 2) return;
      const found = await client(SearchDocument, { text, limit: 10 });
      hits = found.search.filter((hit) => hit.id !== subject.id).map((hit) => ({ id: hit.id, name: hit.name, label: hit.label }));
      draw();
      document.querySelector<HTMLElement>(".pick-list button")?.focus();
    }

    async function pick(end: LineEnd): Promise<void> {
      other = end;
      hits = [];
      if (!preset) {
        const [out, back] = await Promise.all([
          client(AllowedRelationshipTypesDocument, { fromLabel: subject.label, toLabel: end.label }),
          client(AllowedRelationshipTypesDocument, { fromLabel: end.label, toLabel: subject.label }),
        ]);
        typeChoices = [
          ...out.allowedRelationshipTypes.map((type) => [`${type}|out`, `${subject.name} ${words(type)} ${end.name}`] as const),
          ...back.allowedRelationshipTypes.map((type) => [`${type}|in`, `${end.name} ${words(type)} ${subject.name}`] as const),
        ];
      }
      draw();
      document.getElementById(preset ? "line-validFrom" : "line-type")?.focus();
    }

    async function save(next: Record<string, string>): Promise<void> {
      values = { ...values, ...next };
      drafts?.save(form, values, null);
      pending = true;
      draw();
      const source = sourceOf(values);
      try {
        let otherId = other?.id ?? "";
        if (preset && values.otherMode === "new") {
          if (!createdOther) {
            const made = await client(CreateEntityDocument, {
              input: { id: values.newId ?? "", label: preset.newLabel, name: values.newName ?? "", kind: values.kind || null, areaId: subject.areaId, validFrom: values.validFrom ?? "", sources: [source] },
            });
            createdOther = made.createEntity.id;
          }
          otherId = createdOther;
        }
        const [type = "", direction] = (values.type ?? "").split("|");
        const outward = direction === "out";
        await client(CreateRelationshipDocument, {
          input: { type, from: outward ? subject.id : otherId, to: outward ? otherId : subject.id, validFrom: values.validFrom ?? "", sources: [source] },
        });
        drafts?.discard(form);
        notices.status("The line is saved.");
        await options.saved(subject.id);
      } catch (error) {
        pending = false;
        notice = troubleNotice(error);
        problems = notice ? [] : problemsOf(error, LINE_FIELDS).map((p) => (p.field === "from" && !other ? { ...p, field: "other" } : p));
        draw();
        focusSummary();
      }
    }
    draw();
  }

  // -------------------------------------------------------------------------

  return {
    viewer: () => viewer,
    canEdit,
    /** Asks who is signed in; anonymous (or a failed ask) shows no edit control. */
    async start(): Promise<void> {
      try {
        const data = await client(ViewerDocument);
        viewer = data.viewer;
        labels = data.modelLabels;
        statementDocument = data.statementDocument;
      } catch {
        viewer = null;
      }
      drafts = viewer ? createDraftStore(window.localStorage, viewer.id) : null;
    },
    labels: () => labels.map((l) => l.label),
    openNew,
    openEdit,
    /** The controls a node's panel gains for the signed-in user: editing for editors, history for anyone signed in. */
    panelExtras(entity: { id: string; name: string; label: string; areaId: string | null }): { actions: Child; sections: Child } {
      if (!viewer) return { actions: null, sections: null };
      const hasDraft = drafts?.load(`edit:${entity.id}`);
      const actions = canEdit()
        ? [
            h("button", { type: "button", class: "primary edit-button", onclick: () => void openEdit(entity.id) }, hasDraft ? "Continue editing" : "Edit"),
            h("button", { type: "button", onclick: () => void openLine(entity, null) }, "Add a line"),
            entity.label === "Board"
              ? BOARD_ACTIONS.map((preset) => h("button", { type: "button", onclick: () => void openLine(entity, preset) }, preset.button))
              : null,
          ]
        : null;
      const list = h("div", { class: "history-body" }, h("p", {}, "Loading…"));
      const details = h(
        "details",
        {
          class: "history",
          ontoggle: () => {
            if (!details.open || details.dataset.loaded) return;
            details.dataset.loaded = "yes";
            client(NodeHistoryDocument, { id: entity.id })
              .then((data) => list.replaceChildren(...[historyList(historyEntries(data.history), "No change has been made here since the documents were loaded.")].flat().filter((c): c is Node => c instanceof Node)))
              .catch((error) => list.replaceChildren(h("p", {}, error instanceof ApiError ? error.userMessage : "The history could not be loaded.")));
          },
        },
        h("summary", {}, "History of changes"),
        list,
      );
      return { actions, sections: [hasDraft ? h("p", { class: "note" }, "You have unsaved changes to this. Choose Continue editing to see them.") : null, details] };
    },
    /** Ends the session, then clears this user's drafts: council PCs are shared. */
    async signOut(): Promise<void> {
      try {
        await fetch("/auth/sign-out", { method: "POST", credentials: "same-origin", headers: { [CSRF_HEADER]: "1" } });
      } finally {
        if (viewer) clearDrafts(window.localStorage, viewer.id);
        window.location.assign("/");
      }
    },
  };
}

export type Editing = ReturnType<typeof createEditing>;
