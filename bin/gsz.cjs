#!/usr/bin/env node
"use strict";
// The CLI is bundled into dist/cli/ by `npm ci` / `npm install` (the "prepare" script). In a checkout
// (src/ is there) a bundle older than the newest source file is never run: it is rebuilt first when
// esbuild is installed, or the command says plainly that it must be rebuilt. A published install has
// no src/ and just runs. The check stats src/ (about 300 files, a few milliseconds), never node_modules.
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist", "cli", "gsz.cjs");
const builder = path.join(root, "scripts", "build-cli.mjs");
const sources = path.join(root, "src");

/** The newest modification time under a folder (files only), or 0 when it does not exist. */
function newest(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let time = 0;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newest(full) : entry.isFile() ? fs.statSync(full).mtimeMs : 0;
    if (t > time) time = t;
  }
  return time;
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function hasEsbuild() {
  try {
    require.resolve("esbuild", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function stale() {
  if (!fs.existsSync(sources) || !fs.existsSync(builder)) return false; // a published install
  const built = mtime(bundle);
  return built === 0 || Math.max(newest(sources), mtime(builder)) > built;
}

if (stale()) {
  const built =
    hasEsbuild() && spawnSync(process.execPath, [builder], { cwd: root, stdio: ["ignore", 2, 2] });
  if (!built || built.status !== 0) {
    process.stderr.write(
      "gsz: программа изменилась с последней сборки (src/ новее dist/cli/gsz.cjs), и собрать её не удалось: " +
        "выполните `npm run build:cli` (или `npm ci`) в папке проекта.\n" +
        "gsz: the sources changed since the last build (src/ is newer than dist/cli/gsz.cjs) and it could not " +
        "be rebuilt: run `npm run build:cli` (or `npm ci`) in the project folder.\n",
    );
    process.exit(2);
  }
}
require(bundle);
