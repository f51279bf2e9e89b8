import path from "node:path";
import { expect, test } from "./fixtures";

const LITELLM_FIXTURE = path.join(import.meta.dirname, "fixtures", "litellm-small.json");
const BENCH_REPORT_FIXTURE = path.join(import.meta.dirname, "fixtures", "bench-report.json");

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

test("procurement quotes a GPU and adds one that survives a reload and is offered on the Compare page", async ({ appPage }) => {
  await appPage.goto("/#/catalog");
  await appPage.getByRole("tab", { name: "GPUs" }).click();
  const rtx4090 = appPage.getByTestId("gpu-row-rtx-4090");
  const purchase = rtx4090.locator('[data-field="purchaseUsd"]');
  await expect(purchase).toBeVisible({ timeout: 30_000 });
  const shippedPrice = (await purchase.locator(".price").textContent()) ?? "";

  // A quote on a shipped GPU: refused with what to type, then saved, dated and marked.
  await rtx4090.getByRole("button", { name: "Record a quote for GeForce RTX 4090" }).click();
  const purchaseBox = appPage.getByRole("textbox", { name: "Purchase price (USD per GPU) of GeForce RTX 4090", exact: true });
  await purchaseBox.fill("about 1800");
  await rtx4090.getByRole("button", { name: "Save" }).click();
  await expect(rtx4090).toContainText("Purchase price must be a number ≥ 0 (USD per GPU)");
  await purchaseBox.fill("1,850");
  await rtx4090.getByRole("button", { name: "Save" }).click();
  await expect(purchase).toContainText("$1,850");
  await expect(purchase).toContainText(`your quote, edited ${localToday()}`);
  await expect(purchase).toContainText(`shipped ${shippedPrice} (read `);
  await expect(rtx4090.locator(".pill.warn")).toHaveText("your quote");

  // A GPU the catalog lacks: every missing box says what to type, then it is added.
  await appPage.getByRole("button", { name: "Add a GPU" }).click();
  const form = appPage.getByRole("form", { name: "Add a GPU" });
  await form.getByRole("button", { name: "Add GPU" }).click();
  await expect(form).toContainText("GPU name is required");
  await expect(form).toContainText("VRAM is required: enter GB, e.g. 24");
  await expect(form).toContainText("Memory bandwidth is required");
  await form.getByLabel("GPU name").fill("Radeon PRO W7900 (reseller)");
  await form.getByLabel("Vendor").selectOption("amd");
  await form.getByLabel("Segment").selectOption("workstation");
  await form.getByRole("textbox", { name: "New GPU VRAM (GB)" }).fill("48");
  await form.getByRole("textbox", { name: "New GPU memory bandwidth (GB/s)" }).fill("864");
  await form.getByRole("textbox", { name: "New GPU board power (W)" }).fill("295");
  await form.getByRole("textbox", { name: "New GPU purchase price (USD per GPU)" }).fill("3999");
  await form.getByLabel("Note (optional)").fill("reseller quote Q-42");
  await form.getByRole("button", { name: "Add GPU" }).click();
  await expect(appPage.getByRole("status").filter({ hasText: "Added Radeon PRO W7900 (reseller)" })).toBeVisible();
  const added = appPage.getByTestId("gpu-row-user-radeon-pro-w7900-reseller");
  await expect(added).toContainText("your GPU");
  await expect(added.locator('[data-field="purchaseUsd"] .price')).toHaveText("$3,999");
  await expect(added.locator('[data-field="purchaseUsd"]')).toContainText(`entered ${localToday()}`);

  // Kept in the browser's database, apart from the shipped catalog.
  await appPage.reload();
  await appPage.getByRole("tab", { name: "GPUs" }).click();
  await expect(added).toContainText("864", { timeout: 30_000 });
  await expect(added).toContainText("your GPU");
  await expect(purchase).toContainText("$1,850");

  // Offered for projection on the Compare page, marked as the user's figures.
  await appPage.getByRole("link", { name: "Compare hardware" }).click();
  const picker = appPage.getByTestId("gpu-picker");
  const choice = picker.locator("label").filter({ hasText: "Radeon PRO W7900 (reseller)" });
  await expect(choice.getByRole("checkbox")).toBeVisible({ timeout: 30_000 });
  await expect(choice).toContainText("48 GB · 864 GB/s");
  await expect(choice.getByTestId("user-figures")).toHaveText("your GPU");
  await expect(picker.locator("label").filter({ hasText: "GeForce RTX 4090" }).getByTestId("user-figures")).toHaveText("your quote");
  // Projected from a measured run by its bandwidth, like any catalog GPU.
  const chooser = appPage.waitForEvent("filechooser");
  await appPage.getByRole("button", { name: "Import run…" }).click();
  await (await chooser).setFiles(BENCH_REPORT_FIXTURE);
  await appPage.getByRole("radio", { name: /as the baseline/ }).check();
  await choice.getByRole("checkbox").check();
  const projected = appPage.locator('[data-testid="compare-row"][data-kind="projected"]');
  await expect(projected).toContainText("Radeon PRO W7900 (reseller)");
  await projected.getByText("How it was projected").click();
  await expect(projected).toContainText("to Radeon PRO W7900 (reseller) (864 GB/s)");

  // Revert the quote and delete the added GPU.
  await appPage.goto("/#/catalog");
  await appPage.getByRole("tab", { name: "GPUs" }).click();
  await rtx4090.getByRole("button", { name: "Revert GeForce RTX 4090 to the shipped prices" }).click();
  await expect(purchase.locator(".price")).toHaveText(shippedPrice);
  await expect(purchase).not.toContainText("your quote");
  await added.getByRole("button", { name: "Remove Radeon PRO W7900 (reseller)" }).click();
  await added.getByRole("button", { name: "Really remove?" }).click();
  await expect(added).toBeHidden();
});

test("unreadable saved GPU edits are set aside with their own notice, and the price edits still load", async ({ appPage }) => {
  await appPage.goto("/#/catalog");
  await expect(appPage.getByTestId("vendor-row-gpt-4o-mini")).toBeVisible({ timeout: 30_000 });
  await appPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("breakeven");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction("settings", "readwrite");
          write.objectStore("settings").put({ key: "gpuUserEdits", value: { schemaVersion: 1, overrides: {}, added: [{ id: "user-half-typed" }] } });
          write.oncomplete = () => (open.result.close(), resolve());
          write.onerror = () => reject(write.error);
        };
      }),
  );
  await appPage.reload();
  const notice = appPage.getByTestId("unreadable-edits");
  await expect(notice).toContainText("Your saved GPU edits could not be read", { timeout: 30_000 });
  await expect(notice).toContainText("Added GPU 'user-half-typed'");
  await expect(notice.getByRole("button", { name: "Download the unreadable GPU edits" })).toBeVisible();
  await appPage.getByRole("tab", { name: "GPUs" }).click();
  await expect(appPage.getByTestId("gpu-row-rtx-4090")).toBeVisible();
  await expect(appPage.getByRole("button", { name: "Add a GPU" })).toBeEnabled();
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
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
