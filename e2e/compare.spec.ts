import { fileURLToPath } from "node:url";
import { expect, test } from "./fixtures";

const REPORT = fileURLToPath(new URL("./fixtures/bench-report.json", import.meta.url));

async function openCompare(appPage: import("@playwright/test").Page) {
  await appPage.getByRole("link", { name: "Compare hardware" }).click();
  await expect(appPage.getByRole("heading", { name: "Compare hardware" })).toBeVisible();
}

async function importFile(appPage: import("@playwright/test").Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = appPage.waitForEvent("filechooser");
  await appPage.getByRole("button", { name: "Import run…" }).click();
  await (await chooser).setFiles(file);
}

test("an imported RTX 4090 run is compared with two projected catalog GPUs", async ({ appPage }) => {
  await openCompare(appPage);
  await expect(appPage.getByTestId("no-runs")).toBeVisible();

  await importFile(appPage, REPORT);
  await expect(appPage.getByTestId("import-message")).toContainText("Imported");
  const saved = appPage.getByTestId("saved-run");
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText("NVIDIA GeForce RTX 4090");
  await expect(saved).toContainText("128.6"); // tg128 at one sequence

  // A bad file is refused with the reason, and the saved run stays.
  await importFile(appPage, { name: "notes.json", mimeType: "application/json", buffer: Buffer.from("this is not a report") });
  await expect(appPage.getByRole("alert")).toContainText("notes.json was not imported. The file is not JSON");
  await expect(saved).toHaveCount(1);
  await appPage.getByRole("button", { name: "Dismiss" }).click();

  await appPage.getByRole("radio", { name: /as the baseline/ }).check();
  await expect(appPage.getByTestId("baseline-source")).toContainText("GeForce RTX 4090: 1008 GB/s from the catalog");

  const picker = appPage.getByTestId("gpu-picker");
  await picker.getByRole("checkbox", { name: /GeForce RTX 5090/ }).check();
  await picker.getByRole("checkbox", { name: /H100 SXM/ }).check();

  const rows = appPage.getByTestId("compare-row");
  await expect(rows).toHaveCount(3);
  await expect(appPage.locator('[data-testid="compare-row"][data-kind="measured"]')).toHaveCount(1);
  await expect(appPage.locator('[data-testid="compare-row"][data-kind="projected"]')).toHaveCount(2);
  await expect(appPage.locator('[data-kind="measured"] [data-testid="kind-badge"]')).toHaveText("measured");
  for (const badge of await appPage.locator('[data-kind="projected"] [data-testid="kind-badge"]').all()) {
    await expect(badge).toHaveText("projected");
    await expect(badge).toHaveAttribute("title", /^Projected from 128\.6 t\/s measured on NVIDIA GeForce RTX 4090/);
  }
  const rtx5090 = appPage.locator('[data-kind="projected"]').first();
  await expect(rtx5090).toContainText("GeForce RTX 5090");
  await rtx5090.getByText("How it was projected").click();
  await expect(rtx5090).toContainText("scaled by the memory-bandwidth ratio ×1.78 to GeForce RTX 5090 (1792 GB/s)");
  await expect(appPage.getByTestId("vendor-total")).toContainText("over 36 months");

  // Sorting by efficiency puts the H100 (3.3× the bandwidth) first.
  await appPage.getByRole("button", { name: "Per watt" }).click();
  await expect(rows.first()).toContainText("H100 SXM");

  const chart = appPage.getByTestId("efficiency-chart");
  await expect(chart.getByTestId("chart-per-watt").locator("svg .recharts-bar-rectangle")).toHaveCount(3);
  await expect(chart.getByTestId("chart-per-usd").locator("svg .recharts-bar-rectangle")).toHaveCount(3);
  await expect(chart.getByTestId("chart-per-watt").locator(".recharts-legend-wrapper")).toContainText("projected");

  await appPage.setViewportSize({ width: 1440, height: 900 });
  await appPage.getByTestId("compare-table").scrollIntoViewIfNeeded();
  await appPage.screenshot({ path: "/tmp/compare.png", fullPage: true });
});

test("a saved run can be renamed and deleted", async ({ appPage }) => {
  await openCompare(appPage);
  await importFile(appPage, REPORT);
  const saved = appPage.getByTestId("saved-run");
  await expect(saved).toHaveCount(1);

  await saved.getByRole("button", { name: "Rename" }).click();
  await saved.getByLabel("New name").fill("Workstation 4090, December");
  await saved.getByRole("button", { name: "Save" }).click();
  await expect(saved).toContainText("Workstation 4090, December");

  // Importing the same report again keeps the name the user gave it.
  await importFile(appPage, REPORT);
  await expect(appPage.getByTestId("import-message")).toContainText("already saved, as “Workstation 4090, December”");

  await saved.getByRole("button", { name: "Delete" }).click();
  await saved.getByRole("button", { name: "Delete" }).click();
  await expect(appPage.getByTestId("no-runs")).toBeVisible();
});
