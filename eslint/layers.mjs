/**
 * The import rules between layers (docs/adr/0012-layers-and-names.md).
 * - lib/ is browser-safe: it imports only lib/, db/schema/enums, zod and types.
 * - Nothing under server/ or db/ imports app/.
 * - A "use client" file imports values only from lib/, db/schema/enums, app/ and browser packages.
 * - A component under app/ that is not "use client" imports Aksel's components by subpath (ADR 0015).
 * - Only db/ (and the operator scripts) use a database driver or one dialect's builders, and
 *   transactions go through inTransaction (ADR 0016).
 */

const serverOnlyPackages = ["drizzle-orm", "better-sqlite3", "better-auth/node", "exceljs", "docx", "server-only"];

function clientMayImport(source) {
  if (source === "~/db/schema/enums") return true;
  if (source.startsWith("~/server/") || source.startsWith("~/db/")) return false;
  if (source.startsWith("node:")) return false;
  return !serverOnlyPackages.some((name) => source === name || source.startsWith(`${name}/`));
}

const isTypeOnly = (node) =>
  node.importKind === "type" ||
  (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type"));

const clientImports = {
  meta: {
    type: "problem",
    docs: { description: "A client component imports values only from the browser-safe layers." },
    messages: {
      serverValue:
        "A \"use client\" file may not import values from {{source}}: move what the browser needs to lib/ (ADR 0012), or import only types.",
    },
    schema: [],
  },
  create(context) {
    if (!isClientFile(context)) return {};
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (isTypeOnly(node) || clientMayImport(source)) return;
        context.report({ node: node.source, messageId: "serverValue", data: { source } });
      },
    };
  },
};

const isClientFile = (context) =>
  context.sourceCode.ast.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");

/**
 * @navikt/ds-react's index is one "use client" module: a server component importing from it makes
 * the whole index one client reference, and every page then ships every component any server
 * component names. Client components may use the index (optimizePackageImports rewrites it there).
 */
const serverAkselSubpaths = {
  meta: {
    type: "problem",
    docs: { description: "A server component imports @navikt/ds-react by subpath." },
    messages: {
      barrel:
        "A server component imports Aksel by subpath (\"@navikt/ds-react/Typography\", \"/Stack\", \"/Tag\" …), not from \"@navikt/ds-react\": the index would ship every component to every page (ADR 0015).",
    },
    schema: [],
  },
  create(context) {
    if (isClientFile(context)) return {};
    return {
      ImportDeclaration(node) {
        if (node.source.value === "@navikt/ds-react" && !isTypeOnly(node)) context.report({ node: node.source, messageId: "barrel" });
      },
    };
  },
};

export const layersPlugin = { rules: { "client-imports": clientImports, "server-aksel-subpaths": serverAkselSubpaths } };

const noApp = { group: ["~/app/*"], message: "server/, db/ and lib/ never import app/ (ADR 0012)." };

const noDialectDrivers = {
  group: [
    "better-sqlite3",
    "pg",
    "drizzle-orm/better-sqlite3",
    "drizzle-orm/better-sqlite3/*",
    "drizzle-orm/sqlite-proxy",
    "drizzle-orm/node-postgres",
    "drizzle-orm/node-postgres/*",
    "drizzle-orm/sqlite-core",
    "drizzle-orm/pg-core",
    "~/db/schema/sqlite",
    "~/db/schema/sqlite/*",
    "~/db/schema/pg",
    "~/db/schema/pg/*",
  ],
  message: "Only db/ talks to a driver or to one dialect's tables; code above it uses ~/db/connection and ~/db/schema (ADR 0016).",
  allowTypeImports: true,
};

const noDrizzleTransaction = {
  selector: "CallExpression[callee.property.name='transaction']",
  message: "Open transactions with inTransaction(db, async (tx) => …) from ~/db/connection (ADR 0016): it awaits async work on both dialects and nests as savepoints.",
};

/** Config blocks for eslint.config.mjs. */
export const layerRules = [
  {
    plugins: { layers: layersPlugin },
    rules: { "layers/client-imports": "error" },
  },
  {
    files: ["app/**/*.tsx"],
    rules: { "layers/server-aksel-subpaths": "error" },
  },
  {
    files: ["server/**/*.ts", "db/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [noApp] }] },
  },
  {
    files: ["server/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [noApp, noDialectDrivers] }] },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [noDialectDrivers] }] },
  },
  {
    files: ["server/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "test/**/*.ts", "bench/**/*.ts", "e2e/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", noDrizzleTransaction] },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [...serverOnlyPackages, "next", "react"].map((name) => ({
            name,
            message: "lib/ is browser-safe and framework-free (ADR 0012).",
          })),
          patterns: [
            noApp,
            {
              regex: "^(~/server/|~/db/(?!schema/enums$)|node:|next/)",
              message: "lib/ imports only lib/, db/schema/enums and libraries such as zod; types may come from anywhere (ADR 0012).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
];
