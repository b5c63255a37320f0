import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The client is built into dist/client, which the server serves at /.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../dist/client", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Two pages: the diagrams, and drafting the graph from a document.
    rollupOptions: { input: { main: fileURLToPath(new URL("./index.html", import.meta.url)), drafts: fileURLToPath(new URL("./drafts.html", import.meta.url)) } },
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/health": "http://127.0.0.1:4000" } },
});
