import { readFile } from "node:fs/promises";
import { computeScenario, defaultScenario, formatUsd } from "../shared/tco";
import { expect, test } from "./fixtures";

// The figures the page must show, worked out by the same cost model from the same inputs: the test checks
// that the form, the save and the headline carry them faithfully, not the model's arithmetic (unit tests do).
function expectedFigures() {
  const input = defaultScenario();
  input.workload.requestsPerMonth = 3_000_000;
  input.vendor = { ...input.vendor, usdPerMillionInputTokens: 3, usdPerMillionOutputTokens: 15, usdPerMillionCachedInputTokens: 0.3, batchDiscountShare: 0 };
  const result = computeScenario(input);
  if (result.paybackMonths === undefined || result.breakEvenMonth === undefined || result.tco36 === undefined) throw new Error("the test scenario should break even");
  return { payback: `${result.paybackMonths.toFixed(1)} months`, breakEven: `Break-even month ${result.breakEvenMonth}`, tco36: result.tco36 };
}

test("a scenario is filled, shows payback, TCO and the break-even marker, and is still there after a reload", async ({ appPage: page }) => {
  const expected = expectedFigures();
  await page.getByRole("link", { name: "TCO & payback" }).click();
  await expect(page.getByTestId("no-scenarios")).toBeVisible({ timeout: 30_000 });
  await page.getByTestId("new-scenario").click();

  const name = page.getByTestId("scenario-name");
  await name.fill("Sonnet at 3M requests");
  await name.press("Enter");
  await expect(page.getByTestId("scenario-select").locator("option:checked")).toHaveText("Sonnet at 3M requests");

  // The vendor model comes from the shipped catalog, with its date; its prices fill the fields.
  await page.getByTestId("vendor-model").selectOption("claude-sonnet-4.5");
  await expect(page.getByTestId("vendor-output-price")).toHaveValue("15");
  await expect(page.getByTestId("vendor-source")).toContainText("Claude Sonnet 4.5 (anthropic), prices as of 2026-");
  await page.getByTestId("requests-per-month").fill("3,000,000");

  await expect(page.getByTestId("headline-payback")).toContainText(expected.payback);
  await expect(page.getByTestId("headline-tco-vendor")).toContainText(formatUsd(expected.tco36.vendorUsd));
  await expect(page.getByTestId("headline-tco-self")).toContainText(formatUsd(expected.tco36.selfHostUsd));
  await expect(page.getByTestId("headline-difference")).toContainText(`${formatUsd(expected.tco36.selfHostSavingsUsd)} saved`);
  await expect(page.getByTestId("verdict")).toContainText("Cost signal triggered");
  // The marker is the reference line's own label inside the chart's SVG, not only the caption beside it.
  await expect(page.getByTestId("chart-cumulative").locator("svg text", { hasText: expected.breakEven })).toBeVisible();
  await expect(page.getByTestId("chart-tornado")).toContainText("Requests per month");
  // Beside the tornado, where payback lands when each input moves.
  await expect(page.getByTestId("payback-sensitivity").locator("tr", { hasText: "Requests per month" })).toContainText(/months \(−\d/);

  // Autosave waits 300 ms after the last edit; reload only once it has written.
  const status = page.getByTestId("save-status");
  await expect(status).toHaveAttribute("data-state", "saved");
  await page.reload();

  await expect(page.getByTestId("scenario-select").locator("option:checked")).toHaveText("Sonnet at 3M requests", { timeout: 30_000 });
  await expect(page.getByTestId("requests-per-month")).toHaveValue("3,000,000");
  await expect(page.getByTestId("vendor-model")).toHaveValue("claude-sonnet-4.5");
  await expect(page.getByTestId("headline-payback")).toContainText(expected.payback);
  await expect(page.getByTestId("chart-cumulative").locator("svg text", { hasText: expected.breakEven })).toBeVisible();
});

test("a scenario exports to JSON and imports back as a new one; a wrong file is refused with the reason", async ({ appPage: page }) => {
  await page.getByRole("link", { name: "TCO & payback" }).click();
  await page.getByTestId("new-scenario").click();
  await page.getByTestId("requests-per-month").fill("2,500,000");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "pending");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");

  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-scenario").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Scenario 1.breakeven-scenario.json");
  const text = await readFile(await download.path(), "utf8");
  expect(JSON.parse(text)).toMatchObject({ schema: "breakeven.scenario", schemaVersion: 1, name: "Scenario 1", input: { workload: { requestsPerMonth: 2_500_000 } } });

  await page.getByTestId("import-file").setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(page.getByTestId("scenario-message")).toContainText("as “Scenario 1 (imported)”, a new scenario");
  await expect(page.getByTestId("scenario-select").locator("option")).toHaveText(["Scenario 1", "Scenario 1 (imported)"]);
  await expect(page.getByTestId("scenario-select").locator("option:checked")).toHaveText("Scenario 1 (imported)");
  await expect(page.getByTestId("requests-per-month")).toHaveValue("2,500,000");

  const broken = JSON.parse(text) as { input: { workload: { promptCacheShare: number } } };
  broken.input.workload.promptCacheShare = 1.2;
  await page.getByTestId("import-file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByTestId("scenario-message")).toContainText("workload.promptCacheShare: Prompt-cache share must be between 0% and 100% (got 120%).");
  await expect(page.getByTestId("scenario-select").locator("option")).toHaveCount(2);
});

test("an invalid field shows its message inline and keeps the last valid figures", async ({ appPage: page }) => {
  await page.getByRole("link", { name: "TCO & payback" }).click();
  await page.getByTestId("new-scenario").click();
  await page.getByTestId("requests-per-month").fill("-5");
  await expect(page.getByText("Requests per month must be zero or more (got -5).").first()).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "invalid");
  await expect(page.getByTestId("headline-payback")).toBeVisible();
  await page.getByTestId("named-ml-engineer").uncheck();
  await page.getByTestId("requests-per-month").fill("1,000,000");
  await expect(page.getByTestId("verdict")).toContainText("Not viable whatever the costs: no named ML engineer");
});

test("inputs outside the article's ranges are accepted, and the verdict says so", async ({ appPage: page }) => {
  await page.getByRole("link", { name: "TCO & payback" }).click();
  await page.getByTestId("new-scenario").click();
  await expect(page.getByTestId("verdict")).toBeVisible();
  await expect(page.getByTestId("verdict-caveats")).toHaveCount(0);
  await page.getByLabel("Months to cutover", { exact: true }).fill("1");
  await page.getByLabel("Vendor share during fallback", { exact: true }).fill("0");
  const caveats = page.getByTestId("verdict-caveats");
  await expect(caveats).toContainText("the article puts distillation at 3-9 months before cutover; 1 month is optimistic");
  await expect(caveats).toContainText("No traffic stays on the vendor API during the 3-month fallback");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
});

test("a run is projected onto a GPU only when the model fits its memory", async ({ appPage: page }) => {
  // The Compare page's fixture run (RTX 4090), with 20 GB of weights: + 1 GB allowance fits 24 GB and 32 GB, not 16 GB.
  const report = JSON.parse(await readFile(new URL("./fixtures/bench-report.json", import.meta.url), "utf8")) as { model: { sizeBytes: number } };
  report.model.sizeBytes = 20e9;
  await page.getByRole("link", { name: "Compare hardware" }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import run…" }).click();
  await (await chooser).setFiles({ name: "big-model.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(report)) });
  await expect(page.getByTestId("import-message")).toContainText("Imported");

  await page.getByRole("link", { name: "TCO & payback" }).click();
  await page.getByTestId("new-scenario").click();
  await page.getByTestId("bench-run").selectOption({ index: 1 });
  await expect(page.getByTestId("throughput-source").first()).toContainText("measured on NVIDIA GeForce RTX 4090");

  await page.getByTestId("gpu-model").selectOption("rtx-4080");
  await expect(page.getByTestId("projection-refused")).toContainText("cannot hold the model: it does not fit in 16 GB");
  await expect(page.getByTestId("project-run")).toHaveCount(0);
  await expect(page.getByTestId("throughput-source").first()).toContainText("measured on NVIDIA GeForce RTX 4090");

  await page.getByTestId("gpu-model").selectOption("rtx-5090");
  await expect(page.getByTestId("projection-refused")).toHaveCount(0);
  await page.getByTestId("project-run").click();
  await expect(page.getByTestId("throughput-source").first()).toContainText("projected for GeForce RTX 5090 from a run on NVIDIA GeForce RTX 4090");
});

test("an edit made just before a reload is kept: autosave flushes when the page is hidden", async ({ appPage: page }) => {
  await page.getByRole("link", { name: "TCO & payback" }).click();
  await page.getByTestId("new-scenario").click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await page.getByTestId("requests-per-month").fill("4,200,000");
  // Still inside the 300 ms debounce: without a flush on pagehide this edit would be lost.
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "pending");
  await page.reload();
  await expect(page.getByTestId("requests-per-month")).toHaveValue("4,200,000", { timeout: 30_000 });
});

test("an edit flushed while the page is only hidden is what the scenario shows when it is opened again", async ({ appPage: page }) => {
  await page.getByRole("link", { name: "TCO & payback" }).click();
  await page.getByTestId("new-scenario").click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  const firstId = await page.getByTestId("scenario-select").inputValue();
  await page.getByTestId("new-scenario").click();
  await expect(page.getByTestId("scenario-select")).not.toHaveValue(firstId);
  const secondId = await page.getByTestId("scenario-select").inputValue();
  await page.getByTestId("scenario-select").selectOption(firstId);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await page.getByTestId("requests-per-month").fill("3,300,000");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "pending");
  // The tab goes to the background inside the debounce and comes back: the page lives on.
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.getByTestId("scenario-select").selectOption(secondId);
  await page.getByTestId("scenario-select").selectOption(firstId);
  await expect(page.getByTestId("requests-per-month")).toHaveValue("3,300,000");
});
