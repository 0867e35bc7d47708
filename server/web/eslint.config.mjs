// ESLint: the recommended JavaScript and type-aware TypeScript rules over the dashboard's sources and tests.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // a promise left unawaited must say so with void
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  // node:test runs the tests a file registers: their promises are the runner's
  { files: ["test/**"], rules: { "@typescript-eslint/no-floating-promises": "off" } },
  { ignores: ["node_modules/", "copy-static.mjs", "eslint.config.mjs"] },
);
