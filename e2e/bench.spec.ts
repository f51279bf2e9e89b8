// The Benchmark page against the built web server: inspect a tiny synthetic GGUF, run a small
// sweep with live progress, see the results (marked "synthetic weights"), export the report;
// cancel a long run and run again; and write a synthetic model from the page itself.
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

test("a long run is cancelled from the page, and the page runs the next one", async ({ appPage: page }) => {
  await openBench(page);
  await page.getByTestId("model-path").fill(modelPath);
  await page.getByTestId("bench-pp").fill("");
  await page.getByTestId("bench-tg").fill("2000");
  await page.getByTestId("bench-repetitions").fill("100");
  await page.getByTestId("bench-threads").fill("1");
  await page.getByTestId("bench-run-button").click();

  // After the first repetition the live figure shows, marked as measured on random weights.
  const progress = page.getByTestId("bench-progress");
  await expect(progress).toContainText("repetition 2 of 100", { timeout: 60_000 });
  await expect(progress.getByTestId("bench-rate-so-far")).toContainText("synthetic weights");
  await page.getByTestId("bench-cancel").click();
  const report = page.getByTestId("bench-report");
  await expect(report).toHaveAttribute("data-status", "cancelled", { timeout: 10_000 });
  await expect(report).toContainText("Cancelled after 0 of 1 measurements");
  await expect(report).toContainText("No measurement finished.");
  await expect(page.getByTestId("bench-cancel")).toHaveCount(0);

  // The page (and the server's one-run-at-a-time lock) is free again; the new list fields sweep.
  await page.getByTestId("bench-tg").fill("8");
  await page.getByTestId("bench-repetitions").fill("1");
  await page.getByTestId("bench-batchSize").fill("64");
  await page.getByTestId("bench-ubatchSize").fill("32");
  await page.getByTestId("bench-flashAttention").fill("0,1");
  await page.getByTestId("bench-run-button").click();
  await expect(report).toHaveAttribute("data-status", "complete", { timeout: 60_000 });
  const rows = page.getByTestId("bench-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("b 32");
  await expect(rows.nth(0)).toContainText("fa off");
  await expect(rows.nth(1)).toContainText("fa on");
});

test("a form value the engine cannot take is refused with what to type", async ({ appPage: page }) => {
  await openBench(page);
  await page.getByTestId("model-path").fill(modelPath);
  await page.getByTestId("bench-kvCacheType").fill("q7");
  await page.getByTestId("bench-run-button").click();
  await expect(page.getByText('KV cache type: "q7" is not one of f32, f16, bf16, q8_0, q4_0, q4_1, q5_0, q5_1.')).toBeVisible();
  await expect(page.getByTestId("bench-progress")).toHaveCount(0);
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
