import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The benchmark page is built like the client (production build) into bench/results (git-ignored).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../results/render-page", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
});
