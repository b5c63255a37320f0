/**
 * The fields of a TermsOfReference node, read the same way whoever wrote it.
 * Terms entered through the API store lists of ids; seed files can only hold
 * scalar props, so there `membership` and `accountableTo` are text such as
 * "org-essex-police, org-essex-ccgs" and the ids are picked out of it.
 */
import type { EntityRecord } from "../domain/entity-record.ts";

/** An entity id inside free text: the label prefix, then kebab-case words. */
const ID_IN_TEXT = /\b(?:board|org|role|person)-[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Ids from a stored list, or picked out of stored text; each once, in order. */
export function idsIn(value: unknown): string[] {
  const found = Array.isArray(value)
    ? value.map((item) => String(item).trim()).filter((item) => item.length > 0)
    : typeof value === "string"
      ? (value.match(ID_IN_TEXT) ?? [])
      : [];
  return [...new Set(found)];
}

function textOf(value: unknown): string | null {
  if (typeof value === "string" && value.trim().length > 0) return value.trim();
  return null;
}

/** Text left once the ids are taken out: "representatives of the partner agencies". */
function wordsBesidesIds(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const rest = value.replace(ID_IN_TEXT, "").replace(/[\s,;]+/g, " ").trim();
  return rest.length > 0 ? value.trim() : null;
}

function positiveInteger(value: unknown): number | null {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(number) && number > 0 ? number : null;
}

function dateOf(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** What the GraphQL TermsOfReference fields and the review read from a node. */
export interface TermsFields {
  purpose: string | null;
  chairId: string | null;
  requiredMemberIds: string[];
  membershipText: string | null;
  quorum: number | null;
  meetingFrequency: string | null;
  accountableToIds: string[];
  adoptedOn: string | null;
  reviewDue: string | null;
  statusNote: string | null;
  version: number;
}

export function termsFields(terms: EntityRecord): TermsFields {
  const stored = terms as Record<string, unknown>;
  return {
    purpose: textOf(stored.purpose),
    chairId: idsIn(stored.chair)[0] ?? null,
    requiredMemberIds: idsIn(stored.membership),
    membershipText: textOf(stored.membershipText) ?? wordsBesidesIds(stored.membership),
    quorum: positiveInteger(stored.quorum),
    meetingFrequency: textOf(stored.meetingFrequency),
    accountableToIds: idsIn(stored.accountableTo),
    adoptedOn: dateOf(stored.adoptedOn),
    reviewDue: dateOf(stored.reviewDue),
    statusNote: textOf(stored.status),
    version: positiveInteger(stored.version) ?? 1,
  };
}
