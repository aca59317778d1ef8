// The little of Node's `process` that ExcelJS's dependencies (readable-stream) look at in the browser.
/* global module, setTimeout */
"use strict";
module.exports = {
  env: {},
  browser: true,
  version: "",
  versions: {},
  nextTick: (fn, ...args) => Promise.resolve().then(() => fn(...args)),
  emitWarning: () => undefined,
  cwd: () => "/",
  platform: "browser",
  setTimeout,
};
