import os from "node:os";
import { META_CONTENT_SECURITY_POLICY } from "../shared/security/csp";
import { expect, test } from "./fixtures";

test("the Hardware page shows this machine's CPU and RAM", async ({ appPage }) => {
  const cpuCard = appPage.getByTestId("cpu-card");
  await expect(cpuCard).toBeVisible({ timeout: 30_000 });
  await expect(cpuCard).toContainText(`${os.cpus().length} threads`);
  const totalGiB = os.totalmem() / 1024 ** 3;
  await expect(appPage.getByTestId("ram-card")).toContainText(`${totalGiB.toFixed(totalGiB >= 10 ? 0 : 1)} GiB`);
  await expect(appPage.getByTestId("backend-table")).toContainText("CPU");
  // All four are listed; those this OS can never have say so instead of vanishing.
  for (const backend of ["cuda", "vulkan", "metal", "cpu"]) await expect(appPage.getByTestId(`backend-${backend}`)).toBeVisible();
  await expect(appPage.getByTestId("backend-cpu")).toContainText("loads");
  if (process.platform !== "darwin") await expect(appPage.getByTestId("backend-metal")).toContainText("not on this platform");
  await expect(appPage.getByTestId("gpu-summary")).not.toBeEmpty();
  // The build injects the policy from shared/security/csp.ts; index.html has none of its own.
  await expect(appPage.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", META_CONTENT_SECURITY_POLICY);
  // The token is wiped from the address bar once it became a cookie.
  expect(appPage.url()).not.toContain("token=");
});

test("Refresh on the Hardware page probes the backends again", async ({ appPage }) => {
  await expect(appPage.getByTestId("backend-cpu")).toContainText("loads", { timeout: 30_000 });
  const describeCall = appPage.waitForRequest((request) => request.url().endsWith("/api/call/system.describe"));
  await appPage.getByRole("button", { name: "Refresh" }).click();
  expect((await describeCall).postDataJSON()).toEqual({ refresh: true });
  await expect(appPage.getByTestId("backend-cpu")).toContainText("loads", { timeout: 30_000 });
});

test("a request without the token is refused with 401", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const api = await anonymous.post("/api/call/system.describe", { data: null });
  expect(api.status()).toBe(401);
  const page = await anonymous.get("/");
  expect(page.status()).toBe(401);
  await anonymous.dispose();
});
