import { test as base, expect } from "@playwright/test";
import { E2E_TOKEN } from "../playwright.config";

/** A page opened with the launch token, failing the test on any console error or network request off this server. */
export const test = base.extend<{ appPage: import("@playwright/test").Page }>({
  appPage: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL ?? "") && !request.url().startsWith("data:")) problems.push(`off-server request: ${request.url()}`);
    });
    await page.goto(`/?token=${E2E_TOKEN}#/hardware`);
    await use(page);
    expect(problems, problems.join("\n")).toEqual([]);
  },
});

export { expect, E2E_TOKEN };
