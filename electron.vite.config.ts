import { resolve } from "node:path";
import { defineConfig } from "electron-vite";
import react from "@vitejs/plugin-react";
import { cspMetaPlugin } from "./scripts/cspMetaPlugin";

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      rolldownOptions: {
        // Four programs share the services: the Electron main process, web mode, the CLI and the
        // model worker. Each is its own entry so none loads code it does not need.
        input: {
          index: resolve(root, "electron/main/index.ts"),
          web: resolve(root, "electron/main/web.ts"),
          worker: resolve(root, "electron/worker/index.ts"),
          cli: resolve(root, "electron/cli/index.ts"),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: "out/preload",
      // A sandboxed preload can neither load ESM nor require npm packages.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, "electron/preload/index.ts") },
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    root: resolve(root, "renderer"),
    plugins: [react(), cspMetaPlugin()],
    build: {
      outDir: resolve(root, "out/renderer"),
      rolldownOptions: { input: resolve(root, "renderer/index.html") },
    },
  },
});
