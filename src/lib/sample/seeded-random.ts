/** A deterministic pseudo-random source: the same seed text always gives the same sequence. */
export function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal noise (mean 0, sd 1) from a uniform source: sum of 4 uniforms, rescaled. */
export function gaussian(random: () => number): number {
  return (random() + random() + random() + random() - 2) / Math.sqrt(4 / 12);
}
