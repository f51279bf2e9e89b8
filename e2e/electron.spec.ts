import { _electron as electron, expect, test } from "@playwright/test";
import { findElectronBinary } from "../scripts/electronBinary.mjs";
import { noDisplayReason } from "../scripts/electronLaunch.mjs";

const binary = findElectronBinary();
const noDisplay = noDisplayReason(process.platform, process.env);
const skipReason = !binary
  ? "Electron's binary is not installed on this machine (its download from GitHub is unreachable here); web mode is tested instead."
  : noDisplay
    ? `Electron is installed but cannot open a window here: ${noDisplay}; web mode is tested instead.`
    : null;
// The list reporter shows a skip without its reason, so say it once in the output too.
if (skipReason) console.log(`[electron e2e] skipped: ${skipReason}`);

test("the desktop window opens on the Hardware page", async () => {
  test.skip(skipReason !== null, skipReason ?? "");
  const app = await electron.launch({ executablePath: binary ?? undefined, args: ["."] });
  const window = await app.firstWindow();
  await expect(window.getByTestId("cpu-card")).toBeVisible({ timeout: 30_000 });
  const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === "undefined");
  expect(isolated).toBe(true);
  await app.close();
});
