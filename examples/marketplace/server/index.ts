/** The reference marketplace, mounted on the guard's HTTP service as an extension. */
export { marketplace, type MarketplaceOptions } from "./plugin.js";
