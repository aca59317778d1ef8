#!/usr/bin/env node
"use strict";
// The CLI is bundled into dist/ by `npm ci` / `npm install` (the "prepare" script).
require("../dist/cli/gsz.cjs");
