import { describe, expect, it } from "vitest";
import { clearDrafts, createDraftStore } from "./drafts.ts";

/** The Storage interface over a Map, as localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("local drafts", () => {
  it("keeps each user's drafts apart, with the version the edit started from", () => {
    const storage = memoryStorage();
    const ann = createDraftStore(storage, "jwt:|ann");
    const bob = createDraftStore(storage, "jwt:|bob");
    ann.save("edit:board-x", { name: "Ann's name" }, 3);
    expect(ann.load("edit:board-x")).toMatchObject({ values: { name: "Ann's name" }, baseVersion: 3 });
    expect(bob.load("edit:board-x")).toBeNull();
    expect(ann.forms()).toEqual(["edit:board-x"]);
  });

  it("clears one user's drafts at sign-out and leaves the others", () => {
    const storage = memoryStorage();
    createDraftStore(storage, "ann").save("edit:a", { name: "a" }, 1);
    createDraftStore(storage, "ann").save("new:Board", { name: "b" }, null);
    createDraftStore(storage, "bob").save("edit:a", { name: "c" }, 1);
    clearDrafts(storage, "ann");
    expect(createDraftStore(storage, "ann").forms()).toEqual([]);
    expect(createDraftStore(storage, "bob").load("edit:a")?.values).toEqual({ name: "c" });
  });

  it("ignores a damaged draft rather than failing the form", () => {
    const storage = memoryStorage();
    storage.setItem("governance-draft:ann:edit:a", "{not json");
    expect(createDraftStore(storage, "ann").load("edit:a")).toBeNull();
  });
});
