// Builds the offline page into dist/web/: index.html, its script and the script loaded when a workbook is
// written (ExcelJS), all relative files beside it, for file:// or any static host. No network at run time.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config, loaded by webpack-cli */
"use strict";
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    name: "web",
    mode: production ? "production" : "development",
    devtool: false,
    entry: { page: "./src/web/main.ts" },
    target: ["web", "es2020"],
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { exceljs$: path.resolve(__dirname, "src/web/exceljs-shim.js") },
      // ExcelJS's sources name Node modules; the page never calls the parts that use them (files, streams
      // to disk), the rest have browser versions in node_modules.
      fallback: {
        fs: false,
        path: false,
        crypto: false,
        os: false,
        stream: require.resolve("readable-stream"),
        events: require.resolve("events/"),
        buffer: require.resolve("buffer/"),
        util: require.resolve("util/"),
        string_decoder: require.resolve("string_decoder/"),
      },
    },
    module: {
      rules: [
        // The engine, the use cases and the workbook layer are pure by design (no module does anything
        // when it is imported), so what the page does not use of their index files is left out of it.
        {
          test: /[\\/]src[\\/](core|app|workbook|i18n)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: { jsc: { parser: { syntax: "typescript" }, target: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      // `node:fs` → `fs`, so that the fallbacks above apply.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new webpack.ProvidePlugin({
        Buffer: ["buffer", "Buffer"],
        process: path.resolve(__dirname, "src/web/process-shim.js"),
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["page"],
        scriptLoading: "defer",
      }),
    ],
    // One script for the page, one (ExcelJS and the writers) loaded when a workbook is downloaded.
    optimization: { splitChunks: false },
    performance: { hints: false },
  };
};
