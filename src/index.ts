export * from "./core/types.js";
export { detect, detectWith } from "./detect/detect.js";
