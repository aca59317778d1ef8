import { version } from "../package.json";

/** The engine version, from package.json, stamped on every output sheet and printed by `gsz --version`. */
export const ENGINE_VERSION: string = version;
