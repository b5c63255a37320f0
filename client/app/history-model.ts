import type { NodeHistoryQuery } from "../generated/graphql.ts";
import type { HistoryEntryView } from "../ui/history-list.ts";

type AuditEntry = NodeHistoryQuery["history"][number];

/** Fields the reader does not need: bookkeeping that changes with every save. */
const HIDDEN = new Set(["version", "statedOn", "searchText"]);

function words(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => (typeof item === "object" && item ? Object.values(item).join(", ") : String(item))).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Each audit entry with the fields whose stored value it changed, before and after. */
export function historyEntries(entries: readonly AuditEntry[]): HistoryEntryView[] {
  return entries.map((entry) => {
    const before = parse(entry.before);
    const after = parse(entry.after);
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !HIDDEN.has(field)).sort();
    const changes = fields
      .map((field) => ({ field, before: words(before[field]), after: words(after[field]) }))
      .filter((change) => change.before !== change.after);
    return { id: entry.id, at: entry.at, actor: entry.actor, action: entry.action, subject: entry.relationshipKey ?? entry.entityId ?? "", changes };
  });
}
