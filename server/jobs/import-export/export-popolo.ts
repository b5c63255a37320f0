import { areaIdsOf } from "./export-seed-json.ts";
import { decodeSources } from "../../domain/entity-record.ts";
import type { Stored } from "../../graph/stored-values.ts";
import type { ExportScope, ScopeRelationship } from "./export-scope.ts";

type PopoloObject = Record<string, unknown>;

const orNull = (value: unknown) => (value === undefined ? null : value);

/** Popolo's sources are links with a note; ours are documents and sections, so the note carries them. */
const sourcesOf = (stored: Stored) =>
  decodeSources(stored.sources).map((source) => ({ note: `${source.document}, ${source.section} (${source.date})` }));

const otherNames = (stored: Stored) => ((stored.aliases as string[] | undefined) ?? []).map((name) => ({ name }));

function dates(stored: Stored, start: string, end: string): PopoloObject {
  return { [start]: orNull(stored.validFrom), [end]: orNull(stored.validTo) };
}

/** The membership-like lines: who belongs to, chairs or acts for a body, and in what role. */
const MEMBERSHIP_ROLES: Record<string, string> = { MEMBER_OF: "member", CHAIRS: "chair", REPRESENTS: "representative" };

/**
 * The graph as Popolo JSON (popoloproject.com): boards and organisations as
 * organizations (PART_OF gives parent_id), people as persons, roles as posts
 * (ROLE_IN gives the organization), and MEMBER_OF, CHAIRS, REPRESENTS and
 * HOLDS_ROLE lines as memberships. Strategies and the rest have no Popolo class
 * and are left out; the seed export keeps them.
 */
export function toPopolo(scope: ExportScope): PopoloObject {
  const labelOf = new Map(scope.nodes.map((node) => [String(node.id), String(node.label)]));
  const linesFrom = (id: string, type: string) => scope.relationships.filter((rel) => rel.from === id && rel.type === type);
  const isBody = (id: string) => ["Board", "Organisation"].includes(labelOf.get(id) ?? "");
  const byId = (a: PopoloObject, b: PopoloObject) => String(a.id).localeCompare(String(b.id));

  const organizations = scope.nodes
    .filter((node) => isBody(String(node.id)))
    .map((node) => ({
      id: node.id,
      name: node.name,
      other_names: otherNames(node),
      classification: orNull(node.kind),
      parent_id: linesFrom(String(node.id), "PART_OF").find((rel) => isBody(rel.to))?.to ?? null,
      area_id: orNull(areaIdsOf(node)[0]),
      ...dates(node, "founding_date", "dissolution_date"),
      sources: sourcesOf(node),
    }))
    .sort(byId);

  const persons = scope.nodes
    .filter((node) => node.label === "Person")
    .map((node) => ({ id: node.id, name: node.name, other_names: otherNames(node), sources: sourcesOf(node) }))
    .sort(byId);

  const posts = scope.nodes
    .filter((node) => node.label === "Role")
    .map((node) => ({
      id: node.id,
      label: node.name,
      role: orNull(node.kind),
      organization_id: linesFrom(String(node.id), "ROLE_IN")[0]?.to ?? null,
      ...dates(node, "start_date", "end_date"),
      sources: sourcesOf(node),
    }))
    .sort(byId);

  const membership = (rel: ScopeRelationship, fields: PopoloObject) => ({
    id: `${rel.type}:${rel.from}->${rel.to}`,
    ...fields,
    ...dates(rel.properties, "start_date", "end_date"),
    sources: sourcesOf(rel.properties),
  });
  const memberships = scope.relationships
    .flatMap((rel) => {
      const role = MEMBERSHIP_ROLES[rel.type];
      const fromLabel = labelOf.get(rel.from);
      if (role && isBody(rel.to)) {
        const member = fromLabel === "Person" ? { person_id: rel.from } : isBody(rel.from) ? { member: { "@type": "Organization", id: rel.from } } : undefined;
        return member ? [membership(rel, { ...member, organization_id: rel.to, role })] : [];
      }
      if (rel.type === "HOLDS_ROLE") {
        const organization = linesFrom(rel.to, "ROLE_IN")[0]?.to ?? null;
        return [membership(rel, { person_id: rel.from, post_id: rel.to, organization_id: organization, role: "post holder" })];
      }
      return [];
    })
    .sort(byId);

  const areas = scope.nodes
    .filter((node) => node.label === "Area")
    .map((node) => ({
      id: node.id,
      name: node.name,
      classification: orNull(node.kind),
      parent_id: linesFrom(String(node.id), "PART_OF")[0]?.to ?? null,
      sources: sourcesOf(node),
    }))
    .sort(byId);

  return { persons, organizations, posts, memberships, areas };
}
