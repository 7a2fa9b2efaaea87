import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

// Layers with one direction: routes → features → models → domain (README, docs/decisions/).
// Each folder lists what it must not import, so a backward import fails `npm run lint`.
const layer = (message, ...regexes) => regexes.map((regex) => ({ regex, message }));

const noMongooseOutsideModels = layer(
  "Queries live in models/: call a named model function instead of importing mongoose.",
  "^mongoose$",
);
const noModelClasses = [
  {
    regex: "^~models/",
    importNamePattern: "^[A-Z][a-z]",
    allowTypeImports: true,
    message: "Model classes stay inside models/: export a named query function (and its type) instead.",
  },
];
const noRoutes = layer(
  "Routes are the top layer: move what you need out of the route into its feature.",
  "^~/routes/",
  "(^|/)routes/",
);

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "public/build/**",
      ".cache/**",
      ".data/**",
      "node_modules/**",
      "tests/e2e/screenshots/**",
      "tests/e2e/artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Type-aware rules: an un-awaited Mongoose call or a promise where a callback expects nothing
    // fails silently at run time, so lint catches them.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ["app/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: layer(
            "app/domain is pure rules and vocabulary: it imports nothing else of the app, no models and no framework.",
            "^~/(?!domain/)",
            "^~models/",
            "^(mongoose|@remix-run/|react$|react-dom)",
            "(^|/)(models|routes|components)/",
            "^\\.\\./\\.\\./",
          ),
        },
      ],
    },
  },
  {
    files: ["models/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: layer(
            "models/ sits below the features: it may import app/domain only (move shared types or rules there).",
            "^~/(?!domain/)",
            "^\\.\\./(app|tests|scripts)/",
            "^(@remix-run/|react$|react-dom)",
          ),
        },
      ],
    },
  },
  {
    files: ["app/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...layer(
              "Shared components are presentational: they get data by props, never from models or server modules.",
              "^~models/",
              "^mongoose$",
              "\\.server$",
            ),
            ...noRoutes,
          ],
        },
      ],
    },
  },
  {
    files: ["app/**"],
    ignores: ["app/domain/**", "app/components/**", "app/routes/**", "app/utils/db.server.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [...noMongooseOutsideModels, ...noModelClasses, ...noRoutes] },
      ],
    },
  },
  {
    files: ["app/routes/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noMongooseOutsideModels,
            ...noModelClasses,
            ...layer("A route does not import another route: share through its feature folder.", "^~/routes/", "^\\./"),
          ],
        },
      ],
    },
  },
  {
    // One place reads an action's body, so a form that cannot be parsed is a 400, never a 500.
    files: ["app/**"],
    ignores: ["app/forms/form-body.server.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData'][arguments.length=0]",
          message: "Read an action's form with readForm(request) from ~/forms/form-body.server.",
        },
      ],
    },
  },
  // Formatting is Prettier's (checked by `npm run lint`); no lint rule argues with it.
  prettier,
);
