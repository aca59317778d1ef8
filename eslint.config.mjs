// ESLint flat config: typescript-eslint strict rules everywhere, Office.js hygiene rules from
// eslint-plugin-office-addins (office-addin-lint) on every file that may touch Office.js.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "dist-local/**",
      "coverage/**",
      "artifacts/**",
      ".tmp/**",
      "reports/**",
      "**/*.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Buffer: "readonly",
      },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Money is decimal: no binary-float rounding helpers in the domain core.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "round", message: "Money is decimal.js: name a rounding mode." },
        { object: "Number", property: "parseFloat", message: "Parse money as text into Decimal." },
      ],
      "no-restricted-globals": ["error", "parseFloat", "window", "document", "Office", "Excel"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "fs",
            "node:*",
            "path",
            "exceljs",
            "react",
            "react-dom",
            "../../workbook/*",
            "../workbook/*",
          ],
        },
      ],
    },
  },
  prettier,
);
