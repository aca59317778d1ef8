// Builds the Excel add-in into dist/: taskpane.html (the pane and, in the shared runtime, the custom
// functions), functions.js + functions.json (custom functions), office.js served from our own origin (no CDN
// at run time), manifest.xml and the icons. `npm run build` (production) / `npm start` (dev server).
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config, loaded by webpack-cli */
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const webPage = require("./webpack.web.config.js");

const OFFICE_JS = "node_modules/@microsoft/office-js/dist";
/** Files office.js loads next to itself inside Excel (host scripts, locale strings), and the mapping table. */
const OFFICE_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-*.js",
  "custom-functions-runtime.js",
  "es6-promise.js",
  "*/office_strings.js",
];

/** The add-in, and the offline page (dist/web/, webpack.web.config.js); `--config-name addin` builds one. */
module.exports = (env, argv) => [addin(env, argv), webPage(env, argv)];

function addin(_env, argv) {
  const production = argv.mode !== "development";
  return {
    name: "addin",
    mode: production ? "production" : "development",
    // Never an eval-based devtool: the page's CSP has no 'unsafe-eval'.
    devtool: "source-map",
    entry: {
      // Shared runtime: the pane's page also registers the custom functions, so they are part of its bundle.
      taskpane: ["./src/functions/functions.ts", "./src/taskpane/index.tsx"],
      // The manifest's functions Script URL (used by hosts that load the functions on their own).
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/cli and dist/bench are the command line and benchmarks, built by esbuild, dist/web the offline page: keep them.
      clean: { keep: /^(cli|bench|web)[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Copied files are marked minimized so Terser leaves office.js alone (it is already minified).
          ...OFFICE_FILES.map((pattern) => ({
            from: pattern,
            context: OFFICE_JS,
            to: "[path][name][ext]",
            info: { minimized: true },
          })),
          { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      // Plain http: office-addin-dev-certs would install a CA with sudo. Real sideloading needs https (see README).
      port: 3000,
      host: "localhost",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
}
