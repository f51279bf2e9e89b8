// models.inspect on real generated GGUF files, through the dispatcher and a worker process.
import { copyFile, mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelInspection } from "../../../shared/models/inspection";
import type { SynthQuant } from "../../../shared/synth/quantRecipe";
import { makeTinyModel } from "../../synth/testModels";
import { createAppDispatcher } from "./handlers";

const dispatcher = createAppDispatcher();
const context = { emit: () => undefined };
const modelDir = path.join(os.tmpdir(), "breakeven-test-models");
let scratch = "";

async function inspect(params: unknown) {
  return dispatcher.dispatch("models.inspect", params, context);
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "breakeven-inspect-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("models.inspect", () => {
  const expected: Record<SynthQuant, { fileType: string; dominant: string }> = {
    F16: { fileType: "MOSTLY_F16", dominant: "F16" },
    Q8_0: { fileType: "MOSTLY_Q8_0", dominant: "Q8_0" },
    Q4_0: { fileType: "MOSTLY_Q4_0", dominant: "Q4_0" },
    Q4_K_M: { fileType: "MOSTLY_Q4_K_M", dominant: "Q4_K" },
  };

  it("reads shape, quantization and fit of a tiny model in every quant", async () => {
    const quants = Object.keys(expected) as SynthQuant[];
    const paths = await Promise.all(quants.map((quant) => makeTinyModel(modelDir, quant)));
    const results = await Promise.all(paths.map((file) => inspect({ path: file, contextSize: 256 })));
    for (const [i, result] of results.entries()) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const model = (result as { value: ModelInspection }).value;
      const quant = quants[i];
      expect(model.fileType).toBe(expected[quant].fileType);
      expect(model.tensorTypes[0].type).toBe(expected[quant].dominant);
      expect(model.tensorTypes.reduce((sum, share) => sum + share.tensors, 0)).toBeGreaterThan(10);
      expect(model).toMatchObject({
        architecture: "llama",
        layers: 2,
        embeddingSize: 256,
        heads: 4,
        kvHeads: 2,
        vocabularySize: 384,
        trainedContextLength: 2048,
        synthetic: true,
        syntheticPreset: "tiny",
        fileName: path.basename(paths[i]),
      });
      expect(model.parameterCount).toBeGreaterThan(1_000_000);
      expect(model.fileSizeBytes).toBeGreaterThan(model.tensorTypes.reduce((sum, share) => sum + share.bytes, 0));
      expect(model.headerReadMs).toBeGreaterThan(0);
      expect(model.estimate.contextSize).toBe(256);
      expect(model.estimate.ramBytes).toBeGreaterThan(0);
      const cpu = model.estimate.fits.find((fit) => fit.device === "CPU (system RAM)");
      expect(cpu?.fits).toBe(true);
    }
  });

  it("gives one clear error for a missing, non-GGUF, truncated or corrupt file", async () => {
    const good = await makeTinyModel(modelDir, "Q4_0");
    const bytes = await readFile(good);
    const notGguf = path.join(scratch, "notes.gguf");
    await writeFile(notGguf, "<html>404 Not Found</html>");
    const truncated = path.join(scratch, "truncated.gguf");
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const headerOnly = path.join(scratch, "cut-in-header.gguf");
    await writeFile(headerOnly, bytes.subarray(0, 1000));
    const lying = path.join(scratch, "lying.gguf");
    await copyFile(good, lying);
    const handle = await open(lying, "r+");
    const huge = Buffer.alloc(8);
    huge.writeBigUInt64LE(1n << 40n);
    await handle.write(huge, 0, 8, 16); // metadata entry count
    await handle.close();

    const cases = [
      { file: path.join(scratch, "missing.gguf"), code: "FILE_NOT_FOUND", text: "There is no file" },
      { file: notGguf, code: "MODEL_INVALID", text: "not a GGUF model: it looks like an HTML" },
      { file: truncated, code: "MODEL_INVALID", text: "truncated" },
      { file: headerOnly, code: "MODEL_INVALID", text: "cut-in-header.gguf" },
      { file: lying, code: "MODEL_INVALID", text: "corrupt GGUF header" },
      { file: scratch, code: "MODEL_INVALID", text: "is a folder" },
    ];
    const results = await Promise.all(cases.map((entry) => inspect({ path: entry.file })));
    for (const [i, result] of results.entries()) {
      expect(result.ok, cases[i].file).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe(cases[i].code);
      expect(result.error.message).toContain(cases[i].text);
      expect(result.error.message).toContain(path.basename(cases[i].file));
    }
  });

  it("refuses a request without a path", async () => {
    const result = await inspect({});
    expect(!result.ok && result.error.code).toBe("BAD_REQUEST");
  });
});
