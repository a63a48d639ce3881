/**
 * A reproducible coin with heads probability `fraction` (mulberry32 PRNG), so a fault that hits
 * "30 % of requests" hits the same ones on every run.
 * @param seed any 32-bit integer
 * @returns a function answering true for a hit
 */
export function createSeededCoin(seed: number): (fraction: number) => boolean {
  let state = seed >>> 0
  return (fraction) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296
    return unit < fraction
  }
}
