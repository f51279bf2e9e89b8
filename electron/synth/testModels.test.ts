import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSyntheticGgufMetadata } from "../../shared/synth/metadata";
import { makeTinyModel } from "./testModels";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "breakeven-tiny-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("makeTinyModel", () => {
  it("writes a synthetic Q4_K_M tiny model once and reuses it", async () => {
    const [first, concurrent] = await Promise.all([makeTinyModel(dir), makeTinyModel(dir)]);
    expect(concurrent).toBe(first);
    const writtenMs = (await stat(first)).mtimeMs;
    expect(await makeTinyModel(dir)).toBe(first);
    expect((await stat(first)).mtimeMs).toBe(writtenMs);
    const info = await readGgufFileInfo(first, { logWarnings: false });
    expect(isSyntheticGgufMetadata(info.metadata)).toBe(true);
    expect(info.metadata.general.file_type).toBe(15);
  });

  it("keeps one file per quant", async () => {
    const f16 = await makeTinyModel(dir, "F16");
    expect(f16).not.toBe(await makeTinyModel(dir, "Q4_0"));
    expect(f16).toMatch(/tiny-F16/);
  });
});
