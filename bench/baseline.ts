/**
 * The baseline, for the TypeScript benches (bench/eval, bench/detect). It lives in baseline.mjs so the
 * whole-process peer script (bench/scan/peer.mjs) runs the very same function under plain `node`.
 */
export { BASELINE_LINKIFY_OPTIONS, baselineDetect, type BaselineFinding, type BaselineType } from "./baseline.mjs";
