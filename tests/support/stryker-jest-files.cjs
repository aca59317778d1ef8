// Mutation runs only (stryker.config.mjs loads this into each test-runner process with --require).
//
// Stryker's jest runner picks the tests that cover a mutant by name (`testNamePattern`) but still hands
// jest every test file, so each mutant paid for loading all of tests/core (about 40 files, each with its
// own module registry): seconds per mutant, hours per run. This hook wraps the `jest` module that
// Stryker's runner loads: the first run (Stryker's dry run, without a pattern) records which file holds
// each test, and every later run is given only the files whose tests match the pattern. The tests that
// run, and so every mutant's result, are the same; only files with no matching test are skipped. When a
// pattern matches no recorded test (or nothing is recorded yet), jest gets every file, as before.
const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");

// On disk, so a runner process started after a timeout finds what the dry run recorded.
const MAP_FILE = path.join(__dirname, "..", "..", ".tmp", "stryker-test-files.json");
let files; // full test name → test files

const recorded = () => {
  if (!files && fs.existsSync(MAP_FILE)) files = new Map(JSON.parse(fs.readFileSync(MAP_FILE, "utf8")));
  return files;
};

const record = (results) => {
  const map = new Map();
  for (const suite of results.testResults) {
    for (const test of suite.testResults) {
      map.set(test.fullName, [...(map.get(test.fullName) ?? []), suite.testFilePath]);
    }
  }
  files = map;
  fs.mkdirSync(path.dirname(MAP_FILE), { recursive: true });
  fs.writeFileSync(MAP_FILE, JSON.stringify([...map]));
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const filesFor = (pattern) => {
  const map = recorded();
  if (!map) return [];
  const regex = new RegExp(pattern, "i"); // as jest reads --testNamePattern
  const chosen = new Set();
  for (const [name, paths] of map) if (regex.test(name)) for (const p of paths) chosen.add(p);
  return [...chosen];
};

const wrap = (jest) => ({
  ...jest,
  getVersion: (...args) => jest.getVersion(...args),
  runCLI: async (argv, projects) => {
    const only = argv.testNamePattern && argv._.length === 0 ? filesFor(argv.testNamePattern) : [];
    const run = only.length > 0 ? { ...argv, _: only.map(escape) } : argv;
    const output = await jest.runCLI(run, projects);
    if (!argv.testNamePattern && argv._.length === 0) record(output.results);
    return output;
  },
});

// Stryker requires jest by its resolved path, from its own util package.
const isJest = (request) =>
  request === "jest" || /[\\/]node_modules[\\/]jest[\\/]build[\\/]index\.js$/.test(request);
const load = Module._load;
let wrapped;
Module._load = function (request, parent, ...rest) {
  const loaded = load.call(this, request, parent, ...rest);
  if (!isJest(request) || !String(parent?.filename).includes("@stryker-mutator")) return loaded;
  wrapped ??= wrap(loaded);
  return wrapped;
};
