import { describe, expect, it } from "vitest";
import { createPrng } from "./prng.ts";

describe("createPrng", () => {
  it("gives the same stream for the same seed and stream, and another for another", () => {
    const draw = (seed: number, stream: number) => Array.from({ length: 5 }, createPrng(seed, stream).next);
    expect(draw(7, 1)).toEqual(draw(7, 1));
    expect(draw(7, 1)).not.toEqual(draw(7, 2));
    expect(draw(7, 1)).not.toEqual(draw(8, 1));
  });

  it("keeps integers within bounds and reaches both ends", () => {
    const rng = createPrng(1);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("samples distinct items, all of them at most", () => {
    const rng = createPrng(2);
    const picked = rng.sample(["a", "b", "c", "d"], 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.sample(["a", "b"], 5).sort()).toEqual(["a", "b"]);
  });
});
