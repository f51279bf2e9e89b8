// The Benchmark page against the built web server: inspect a tiny synthetic GGUF, run a small
// sweep with live progress, see the results (marked "synthetic weights"), export the report;
// and write a synthetic model from the page itself.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { makeTinyModel } from "../electron/synth/testModels";
import { parseBenchReport } from "../shared/reports/benchReportSchema";
import { expect, test } from "./fixtures";

let modelPath = "";
let scratch = "";

test.beforeAll(async () => {
  modelPath = await makeTinyModel(path.join(os.tmpdir(), "breakeven-e2e-models"), "Q4_K_M");
  scratch = await mkdtemp(path.join(os.tmpdir(), "breakeven-e2e-synth-"));
});

test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function openBench(page: import("@playwright/test").Page) {
  await page.getByRole("link", { name: "Benchmark" }).click();
  await expect(page.getByRole("heading", { name: "Benchmark" })).toBeVisible();
}

test("a small benchmark runs from the Benchmark page and its result is shown and exported", async ({ appPage: page }) => {
  await openBench(page);
  await page.getByTestId("model-path").fill(modelPath);
  await page.getByTestId("inspect-button").click();
  const inspection = page.getByTestId("inspection");
  await expect(inspection).toContainText("MOSTLY_Q4_K_M", { timeout: 30_000 });
  await expect(inspection.getByTestId("synthetic-badge")).toContainText("synthetic weights");
  await expect(page.getByTestId("tensor-types")).toContainText("Q4_K");
  await expect(page.getByTestId("fits")).toContainText("CPU (system RAM)");

  await page.getByTestId("bench-pp").fill("32");
  await page.getByTestId("bench-tg").fill("16");
  await page.getByTestId("bench-repetitions").fill("2");
  await page.getByTestId("bench-threads").fill("1");
  await page.getByTestId("bench-parallel").fill("1,2");
  await page.getByTestId("bench-run-button").click();
  await expect(page.getByTestId("bench-progress")).toBeVisible();

  const report = page.getByTestId("bench-report");
  await expect(report).toHaveAttribute("data-status", "complete", { timeout: 90_000 });
  const rows = page.getByTestId("bench-row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText("pp32");
  await expect(rows.nth(1)).toContainText("tg16");
  await expect(rows.nth(3)).toContainText("np 2");
  for (const row of await rows.all()) {
    await expect(row).toContainText("synthetic weights");
    await expect(row).toContainText("power not measured");
  }
  await expect(report).toContainText("Saved with your runs");

  const downloading = page.waitForEvent("download");
  await page.getByTestId("bench-export").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^breakeven-bench-breakeven-synth-tiny-Q4_K_M.*\.json$/);
  const parsed = parseBenchReport(JSON.parse(await readFile(await download.path(), "utf8")));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(parsed.report.results).toHaveLength(4);
    expect(parsed.report.model.synthetic).toBe(true);
  }
});

test("a synthetic model is written from the page, then inspected", async ({ appPage: page }) => {
  await openBench(page);
  await page.getByText("No model here? Create a synthetic one").click();
  const panel = page.getByTestId("synth-panel");
  await panel.getByTestId("synth-preset").selectOption("tiny");
  await panel.getByTestId("synth-quant").selectOption("Q8_0");
  const target = path.join(scratch, "made-in-e2e.gguf");
  await panel.getByTestId("synth-path").fill(target);
  await panel.getByTestId("synth-create").click();
  await expect(panel.getByTestId("synth-done")).toContainText(target, { timeout: 30_000 });
  await expect(page.getByTestId("model-path")).toHaveValue(target);
  await expect(page.getByTestId("inspection")).toContainText("MOSTLY_Q8_0", { timeout: 30_000 });

  // Writing over it again is refused unless asked for.
  await panel.getByTestId("synth-create").click();
  await expect(panel.getByRole("alert")).toContainText("already exists");
});
