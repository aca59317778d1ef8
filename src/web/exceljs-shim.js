// ExcelJS from its sources for the offline page (webpack alias of "exceljs"), without the core-js and
// regenerator polyfills of its browser entry: the same modules the CLI loads, so that
// src/adapters/exceljs/internal-links.ts patches the very WorksheetXform that writes the results.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, like ExcelJS itself */
/* global require, module */
"use strict";
const ExcelJS = { Workbook: require("exceljs/lib/doc/workbook") };
Object.assign(ExcelJS, require("exceljs/lib/doc/enums"));
module.exports = ExcelJS;
