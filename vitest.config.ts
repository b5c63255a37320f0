import { defineConfig } from "vitest/config";

// graphql ships CommonJS (main) and ESM (module) builds. Vite would give our
// sources the ESM one while Node gives graphql-yoga the CommonJS one, so a
// GraphQLError thrown by a resolver would fail yoga's instanceof check and be
// masked as "Unexpected error.". One copy for everybody, as at run time.
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

// Unit tests run in parallel; integration and end-to-end tests share one real
// Neo4j per project, started by the global setup, and run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["server/**/*.test.ts", "client/**/*.test.ts", "scripts/**/*.test.ts", "bench/render/**/*.test.ts", "bench/synthetic/**/*.test.ts", "bench/latest-results.test.ts"],
          environment: "node",
          // Building the app or a council takes a few seconds on a busy machine; no unit test waits on anything slower.
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["test/integration/**/*.int.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          fileParallelism: false,
          // The first health check and the bad-input tour take over a minute on a busy machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve,
        test: {
          // The browser client in headless Chromium, over the real server and the real seeded Neo4j.
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
