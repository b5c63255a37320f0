/**
 * What an editor has typed and not yet saved, kept in the browser's storage per
 * signed-in user and per form, so that it survives a conflict, a reload and a
 * lost connection. Council PCs are shared: signing out clears the user's drafts.
 */
export interface Draft {
  /** The form's values as typed. */
  values: Record<string, string>;
  /** The version the edit started from (null for a new node or line): a later save still sends it, so a change made meanwhile is a conflict. */
  baseVersion: number | null;
  savedAt: string;
}

const PREFIX = "governance-draft";

/** Drafts of one user; `storage` is localStorage in the page and a stand-in in unit tests. */
export function createDraftStore(storage: Storage, userId: string) {
  const key = (form: string) => `${PREFIX}:${userId}:${form}`;
  return {
    load(form: string): Draft | null {
      const text = storage.getItem(key(form));
      if (!text) return null;
      try {
        const draft = JSON.parse(text) as Draft;
        return draft && typeof draft.values === "object" ? draft : null;
      } catch {
        return null;
      }
    },
    save(form: string, values: Record<string, string>, baseVersion: number | null): void {
      const draft: Draft = { values, baseVersion, savedAt: new Date().toISOString() };
      try {
        storage.setItem(key(form), JSON.stringify(draft));
      } catch {
        // A full storage loses only the draft, never the edit in the form.
      }
    },
    discard(form: string): void {
      storage.removeItem(key(form));
    },
    /** Every form with a draft, for the panel to offer "continue". */
    forms(): string[] {
      const mine = `${key("")}`;
      const found: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const name = storage.key(i);
        if (name?.startsWith(mine)) found.push(name.slice(mine.length));
      }
      return found;
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;

/** Removes every draft of one user (at sign-out). */
export function clearDrafts(storage: Storage, userId: string): void {
  const mine = `${PREFIX}:${userId}:`;
  const names: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i);
    if (name?.startsWith(mine)) names.push(name);
  }
  for (const name of names) storage.removeItem(name);
}
