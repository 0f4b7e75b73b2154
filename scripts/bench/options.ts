/** The bench's knobs, from the environment (see scripts/bench/index.ts). */
export const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
export const HOLDS = Number(process.env.BENCH_HOLDS ?? 400);
/** Referral acceptances (each needs a request, a referral and an offer made first). */
export const ACCEPTS = Number(process.env.BENCH_ACCEPTS ?? Math.max(32, Math.round(HOLDS / 2)));
export const GROWTH = (process.env.BENCH_GROWTH ?? '1,4,16').split(',').map(Number);
export const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
/** Turns in which holds with and without a key alternate (ABBA; scripts/bench/holds.ts). */
export const HOLD_ROUNDS = Number(process.env.BENCH_HOLD_ROUNDS ?? 4);
