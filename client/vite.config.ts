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
    // One page per job a person comes to: the diagrams, and the stand-alone pages beside them.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        register: fileURLToPath(new URL("./register.html", import.meta.url)),
        review: fileURLToPath(new URL("./review.html", import.meta.url)),
        drafts: fileURLToPath(new URL("./drafts.html", import.meta.url)),
        selfAssessment: fileURLToPath(new URL("./self-assessment.html", import.meta.url)),
        partner: fileURLToPath(new URL("./partner.html", import.meta.url)),
      },
    },
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/health": "http://127.0.0.1:4000", "/calendar": "http://127.0.0.1:4000", "/reports": "http://127.0.0.1:4000", "/partner/": "http://127.0.0.1:4000" } },
});
