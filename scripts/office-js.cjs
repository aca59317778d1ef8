// Where the task pane loads office.js from, and the CSP script sources that allow exactly that (used by
// webpack.config.js and the tests). Microsoft requires published add-ins to load office.js from its CDN; a
// local copy (from the @microsoft/office-js package, served from our own origin) is for tests and
// development without a network.
"use strict";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** @param {"cdn" | "local"} kind */
function officeJsSetup(kind) {
  if (kind === "cdn") {
    // office.js loads its host scripts (excel-*.js, locale strings) from the same CDN folder.
    return { local: false, src: OFFICE_CDN, scriptSrc: "'self' https://appsforoffice.microsoft.com" };
  }
  if (kind === "local") return { local: true, src: "office.js", scriptSrc: "'self'" };
  throw new Error(`officejs must be "cdn" or "local", not ${String(kind)}`);
}

module.exports = { OFFICE_CDN, officeJsSetup };
