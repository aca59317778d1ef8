// Builds the Excel add-in into dist/: taskpane.html (the pane and, in the shared runtime, the custom
// functions), webview-check.js (the ES5 old-webview check), functions.js + functions.json (custom functions),
// manifest.xml and the icons. `npm run build` (production) / `npm start` (dev server).
//
// office.js: a production build loads it from Microsoft's CDN, as Microsoft requires for published add-ins,
// and the page's CSP allows exactly that one script origin besides its own. `--env officejs=local` (the
// default of the development server; the browser tests build with it into dist-local/) serves Microsoft's
// copy from the npm package on our own origin instead: for tests and development without a network.
/* global require, module, __dirname, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config, loaded by webpack-cli */
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const { officeJsSetup } = require("./scripts/office-js.cjs");
const { localizeFunctions } = require("./scripts/localize-functions.cjs");
const { DEV_BASE_URL, checkBaseUrl, manifestWithBase } = require("./scripts/base-url.cjs");
const webPage = require("./webpack.web.config.js");

/** Custom-function metadata per language (the manifest overrides the metadata URL for ru-RU). */
const FUNCTION_LOCALES = { ru: require("./src/functions/localized/ru.json") };

/** Writes functions-<lang>.json beside the generated functions.json. */
class LocalizedFunctionsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const base = compilation.getAsset("functions.json");
          if (!base) return;
          const metadata = JSON.parse(base.source.source().toString());
          for (const [lang, translations] of Object.entries(FUNCTION_LOCALES)) {
            const localized = localizeFunctions(metadata, translations, lang);
            compilation.emitAsset(
              `functions-${lang}.json`,
              new sources.RawSource(JSON.stringify(localized, null, 2)),
            );
          }
        },
      );
    });
  }
}

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

/** Compiled to ES5: the old-webview check runs in Internet Explorer 11. */
const ES5_FILES = [
  path.resolve(__dirname, "src/taskpane/webview"),
  path.resolve(__dirname, "src/i18n/catalogs/office.ts"),
];

const swc = (target) => ({
  loader: "swc-loader",
  options: {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target,
    },
  },
});

/** The add-in, and the offline page (dist/web/, webpack.web.config.js); `--config-name addin` builds one. */
module.exports = async (env = {}, argv = {}) => {
  const config = addin(env, argv);
  // `npm start` (office-addin-debugging) serves over HTTPS with office-addin-dev-certs' certificates, as
  // Microsoft's templates do: the manifest's https://localhost:3000. The certificates are made and their
  // CA installed on first use (it asks for the administrator's password). `npm run dev-server` stays
  // plain http, for work in a browser, CI and the tests.
  if (env.https) {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    config.devServer = { ...config.devServer, server: { type: "https", options: { ca, key, cert } } };
  }
  return [config, webPage(env, argv)];
};

function addin(env, argv) {
  const production = argv.mode !== "development";
  const office = officeJsSetup(env.officejs ?? (production ? "cdn" : "local"));
  // The HTTPS address the add-in is served from, written into dist/manifest.xml (see docs/DEPLOY.md).
  const baseUrl = checkBaseUrl(process.env.GSZ_BASE_URL || DEV_BASE_URL);
  return {
    name: "addin",
    mode: production ? "production" : "development",
    // Never an eval-based devtool: the page's CSP has no 'unsafe-eval'.
    devtool: "source-map",
    entry: {
      // Shared runtime: the pane's page also registers the custom functions, so they are part of its bundle.
      taskpane: ["./src/functions/functions.ts", "./src/taskpane/index.tsx"],
      // ES5, before the bundle: a message instead of a blank pane in Internet Explorer 11 / EdgeHTML.
      "webview-check": "./src/taskpane/webview/check.ts",
      // The manifest's functions Script URL (used by hosts that load the functions on their own).
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // webpack's own glue code in ES5 too, so that webview-check.js parses in Internet Explorer 11.
      environment: {
        arrowFunction: false,
        asyncFunction: false,
        const: false,
        destructuring: false,
        forOf: false,
        optionalChaining: false,
        templateLiteral: false,
        dynamicImport: false,
        module: false,
      },
      // dist/cli and dist/bench are the command line and benchmarks, built by esbuild, dist/web the offline page: keep them.
      clean: { keep: /^(cli|bench|web)[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          oneOf: [{ include: ES5_FILES, use: swc("es5") }, { use: swc("es2020") }],
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Deferred scripts run in this order: the check first, then the pane.
        chunks: ["webview-check", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        templateParameters: { officeJsSrc: office.src, scriptSrc: office.scriptSrc },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Copied files are marked minimized so Terser leaves office.js alone (it is already minified).
          ...(office.local ? OFFICE_FILES : []).map((pattern) => ({
            from: pattern,
            context: OFFICE_JS,
            to: "[path][name][ext]",
            info: { minimized: true },
          })),
          { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestWithBase(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      // Plain http unless `--env https` (npm start: see module.exports above and docs/DEPLOY.md).
      port: 3000,
      host: "localhost",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
}
