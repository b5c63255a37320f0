/**
 * One synthetic council in the seed format (the shape of seeds/*.yaml, checked
 * by server/domain/seed-file.ts): about 60 bodies in four to six layers, 300
 * people, 250 strategies, terms of reference and health checks, over the years
 * from 2008 to the reference date. The same (seed, index) always gives the
 * same council, and each council draws on a random stream of its own.
 */
import type { SeedFile } from "../../server/domain/seed-file.ts";
import { buildBodies } from "./council-bodies.ts";
import { CouncilBuilder } from "./council-builder.ts";
import { buildPeople } from "./council-people.ts";
import { buildStrategies } from "./council-strategies.ts";
import { buildHealthChecks, buildTermsOfReference } from "./council-tor.ts";
import { councilPlaceName } from "./names.ts";
import { createPrng } from "./prng.ts";

export interface SyntheticOptions {
  /** Seed of the pseudo-random generator. @default 1 */
  seed?: number;
  /** The "today" of the data: review dates fall before or after it. @default "2026-06-30" */
  referenceDate?: string;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_REFERENCE_DATE = "2026-06-30";

const hex7 = (value: number) => (value >>> 0).toString(16).padStart(7, "0").slice(-7);

/** The document a synthetic council's facts cite: `900_` and 16 hex digits naming council and seed. */
export function syntheticDocumentFile(index: number, seed: number): string {
  // Letters between the digit runs keep any run short, so that no id looks like a phone number to the seed validator.
  return `900_c${hex7(index)}${syntheticSeedSuffix(seed)}`;
}

/** How the document file names of one seed end: the bench counts the councils already loaded by it. */
export function syntheticSeedSuffix(seed: number): string {
  return `e${hex7(seed)}.txt`;
}

/** Council `index` (1-based) of the synthetic graph of `seed`. */
export function generateCouncil(index: number, options: SyntheticOptions = {}): SeedFile {
  const seed = options.seed ?? DEFAULT_SEED;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const rng = createPrng(seed, index);
  const b = new CouncilBuilder(index, rng, referenceDate);
  const isCounty = rng.chance(0.4);
  // Counties run more bodies than unitary authorities; the mean stays near 1.
  const sizeFactor = isCounty ? 1 + rng.next() * 0.4 : 0.65 + rng.next() * 0.4;
  const depth = rng.int(4, 6);
  const name = councilPlaceName(index - 1);

  const frame = buildBodies(b, name, sizeFactor, isCounty, depth);
  const people = buildPeople(frame, sizeFactor);
  buildTermsOfReference(frame, people.chairOf);
  buildHealthChecks(frame);
  buildStrategies(frame, people, sizeFactor);

  return {
    document: {
      file: syntheticDocumentFile(index, seed),
      title: `Governance handbook of ${name} (synthetic, seed ${seed})`,
      date: referenceDate,
      dateNote: "Synthetic data for benchmarks and tests; no real council is described.",
    },
    nodes: b.nodes,
    relationships: b.relationships,
  };
}
