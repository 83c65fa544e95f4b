/**
 * Vite configuration of the web app (src/web → dist/web). The app talks to the API over HTTP only;
 * in development (`npm run dev:web`) /api is proxied to `vsv serve` on port 8080.
 */
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

export const webRoot = fileURLToPath(new URL("./src/web", import.meta.url));
export const webOutDir = fileURLToPath(new URL("./dist/web", import.meta.url));

export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [react()],
  build: {
    outDir: webOutDir,
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { "/api": "http://localhost:8080" },
  },
});
