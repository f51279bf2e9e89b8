import path from "node:path";
import { expect, test } from "./fixtures";

const LITELLM_FIXTURE = path.join(import.meta.dirname, "fixtures", "litellm-small.json");

/** The day the browser would date an edit: its local date, the same machine as this test. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

test("vendor prices show their dates, keep an edit across a reload, and import a LiteLLM file", async ({ appPage }) => {
  await appPage.goto("/#/catalog");
  const mini = appPage.getByTestId("vendor-row-gpt-4o-mini");
  const input = mini.locator('[data-field="usdPerMillionInput"]');
  await expect(input).toContainText("$0.15", { timeout: 30_000 });
  await expect(input).toContainText("read 2026-12-03");

  // Validation first, then a real edit.
  await mini.getByRole("button", { name: "Edit prices of GPT-4o mini" }).click();
  const inputBox = appPage.getByRole("textbox", { name: "Input price of GPT-4o mini (USD per 1M tokens)", exact: true });
  await inputBox.fill("-2");
  await appPage.getByRole("button", { name: "Save" }).click();
  await expect(mini).toContainText("Input price must be a number ≥ 0");
  await inputBox.fill("0.1");
  await appPage.getByRole("button", { name: "Save" }).click();
  await expect(input).toContainText("$0.10");
  await expect(input).toContainText(`edited ${localToday()}`);
  await expect(input).toContainText("shipped $0.15");

  await appPage.reload();
  await expect(input).toContainText(`edited ${localToday()}`, { timeout: 30_000 });
  await expect(input).toContainText("$0.10");
  await expect(mini).toContainText("edited");

  // Import: gpt-4o-mini's input moves 0.10 (the edit) → 0.12, one new chat model, one embedding skipped.
  await appPage.getByRole("button", { name: "Import LiteLLM prices…" }).click();
  await appPage.getByTestId("litellm-file").setInputFiles(LITELLM_FIXTURE);
  const preview = appPage.getByTestId("import-preview");
  await expect(preview).toContainText("1 model with changed prices, 1 new model, 1 unchanged, 1 skipped");
  await expect(appPage.getByTestId("import-changed")).toContainText("Input $0.10 → $0.12");
  await appPage.getByTestId("import-skipped").locator("summary").click();
  await expect(appPage.getByTestId("import-skipped")).toContainText('mode "embedding" is not chat');
  await appPage.getByRole("checkbox", { name: "Add acme/tiny-chat-1" }).check();
  await appPage.getByRole("button", { name: "Apply" }).click();

  await expect(appPage.getByRole("status").filter({ hasText: "Imported from" })).toContainText("1 price changed on 1 model, 1 model added");
  await expect(input).toContainText("$0.12");
  await expect(mini.locator(".source-cell")).toContainText("litellm-small.json");
  await expect(appPage.getByTestId("vendor-row-acme/tiny-chat-1")).toContainText("$0.05");

  // Revert brings the shipped price back.
  await mini.getByRole("button", { name: "Revert GPT-4o mini to the shipped prices" }).click();
  await expect(input).toContainText("$0.15");
  await expect(input).toContainText("read 2026-12-03");
});

test("a file that is not a LiteLLM price file is refused with what to do, and nothing changes", async ({ appPage }) => {
  await appPage.goto("/#/catalog");
  await expect(appPage.getByTestId("vendor-row-gpt-4o-mini")).toBeVisible({ timeout: 30_000 });
  await appPage.getByRole("button", { name: "Import LiteLLM prices…" }).click();
  await appPage.getByTestId("litellm-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("[1, 2, 3]") });
  const alert = appPage.getByRole("alert");
  await expect(alert).toContainText('Could not import "notes.json"');
  await expect(alert).toContainText("model_prices_and_context_window.json");
  await expect(alert).toContainText("Nothing was changed");
});

test("the GPU catalog lists sources and dates and filters by segment", async ({ appPage }) => {
  await appPage.goto("/#/catalog");
  await appPage.getByRole("tab", { name: "GPUs" }).click();
  const table = appPage.getByTestId("gpu-catalog-table");
  await expect(table).toContainText("GeForce RTX 3090");
  await expect(table.locator("thead")).toContainText("Bandwidth (GB/s)");
  await appPage.getByLabel("Segment").selectOption("datacenter");
  await expect(table).not.toContainText("GeForce RTX 3090");
  const h100 = appPage.getByTestId("gpu-row-h100-sxm");
  await expect(h100).toContainText("3,350");
  await expect(h100).toContainText("2026-12-03");
  await h100.locator("summary").click();
  await expect(h100.locator("li").first()).toBeVisible();
});

test("unreadable saved edits are set aside with a notice, not dropped", async ({ appPage }) => {
  await appPage.goto("/#/catalog");
  await expect(appPage.getByTestId("vendor-row-gpt-4o-mini")).toBeVisible({ timeout: 30_000 });
  // Write a broken document straight into the app's database, as a bad import or a bug might.
  await appPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("breakeven");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction("settings", "readwrite");
          write.objectStore("settings").put({ key: "vendorUserEdits", value: { schemaVersion: 1, overrides: "oops", added: [] } });
          write.oncomplete = () => (open.result.close(), resolve());
          write.onerror = () => reject(write.error);
        };
      }),
  );
  await appPage.reload();
  const notice = appPage.getByTestId("unreadable-edits");
  await expect(notice).toContainText("could not be read", { timeout: 30_000 });
  await expect(notice).toContainText("overrides");
  await expect(appPage.getByTestId("vendor-row-gpt-4o-mini").locator('[data-field="usdPerMillionInput"]')).toContainText("read 2026-12-03");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
});
