/**
 * Collects the nodes and relationships of one synthetic council in the seed
 * format, refusing a repeated line or a self-loop the way the seed validator
 * would, so that the generators can add lines freely.
 */
import type { RelType } from "../../server/domain/model.ts";
import type { SeedNode, SeedRelationship } from "../../server/domain/seed-file.ts";
import type { Prng } from "./prng.ts";

/** The sections of the imagined council governance handbook that each fact cites. */
export const SECTION = {
  areas: "1. The area and its localities",
  organisations: "1. Partner organisations",
  structure: "2. Governance structure",
  membership: "Appendix A: Board membership",
  roles: "Appendix B: Statutory roles",
  tor: "3. Terms of reference",
  healthChecks: "5. Partnership health checks",
  strategies: "4. Strategies, leads and governance routes",
  history: "6. Changes since the last edition",
} as const;

export type RelExtra = Omit<SeedRelationship, "type" | "from" | "to" | "section"> & { section?: string };

export class CouncilBuilder {
  readonly nodes: SeedNode[] = [];
  readonly relationships: SeedRelationship[] = [];
  private readonly relKeys = new Set<string>();

  /** `c12` for council 12: every id of the council carries it. */
  readonly key: string;

  constructor(
    readonly index: number,
    readonly rng: Prng,
    readonly referenceDate: string,
  ) {
    this.key = `c${index}`;
  }

  /** An id of this council: `board` + `hwb` gives `board-c12-hwb`. */
  id(prefix: string, local: string | number): string {
    return `${prefix}-${this.key}-${local}`;
  }

  node(node: SeedNode): string {
    this.nodes.push(node);
    return node.id;
  }

  /** Adds the line unless it would repeat one (same type and ends) or join a node to itself. */
  rel(type: RelType, from: string, to: string, extra: RelExtra = {}): boolean {
    const key = `${type} ${from} ${to}`;
    if (from === to || this.relKeys.has(key)) return false;
    this.relKeys.add(key);
    this.relationships.push({ type, from, to, section: extra.section ?? SECTION.structure, ...withoutSection(extra) });
    return true;
  }

  hasRel(type: RelType, from: string, to: string): boolean {
    return this.relKeys.has(`${type} ${from} ${to}`);
  }
}

function withoutSection(extra: RelExtra): Omit<RelExtra, "section"> {
  const { section: _section, ...rest } = extra;
  return rest;
}

const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** A date drawn uniformly between two dates, both included; `from` when `to` is not later. */
export function dateBetween(rng: Prng, from: string, to: string): string {
  if (to <= from) return from;
  return fromDay(rng.int(toDay(from), toDay(to)));
}

/** `validTo` only when there is one, so that the seed stays as terse as a hand-written file. */
export function window(validFrom: string, validTo?: string): { validFrom: string; validTo?: string } {
  return validTo ? { validFrom, validTo } : { validFrom };
}

/** The window in which both facts hold, or undefined when they never overlap. */
export function overlap(a: { validFrom: string; validTo?: string }, b: { validFrom: string; validTo?: string }): { validFrom: string; validTo?: string } | undefined {
  const validFrom = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const ends = [a.validTo, b.validTo].filter((d): d is string => d !== undefined).sort();
  if (ends[0] !== undefined && ends[0] <= validFrom) return undefined;
  return window(validFrom, ends[0]);
}
