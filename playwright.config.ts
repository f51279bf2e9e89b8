import { defineConfig } from "@playwright/test";

export const E2E_PORT = 47690;
export const E2E_TOKEN = "e2e-token-0123456789abcdef";

// Debian's Chromium: Playwright's own browser download cannot reach its host from these machines.
const executablePath = process.env.BREAKEVEN_CHROMIUM ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  timeout: 120_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: {
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: `node out/main/web.js --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    // The server answers 401 without the token; any answer means it is up.
    ignoreHTTPSErrors: true,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { BREAKEVEN_TOKEN: E2E_TOKEN },
  },
});
