// bench.run's limit on reading the GGUF header, with a real worker on a file whose header is
// valid but enormous: five million empty strings in one metadata array, which node-llama-cpp's
// parser takes seconds to walk (a corrupt header can take minutes).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBenchmark } from "./runBenchmark";

const STRINGS = 5_000_000;
let dir = "";
let modelPath = "";

/** GGUF v3, no tensors, one key holding an array of STRINGS empty strings (8 bytes each). */
function hugeHeader(): Buffer {
  const key = Buffer.from("general.padding");
  const head = Buffer.alloc(24 + 8 + key.length + 4 + 4 + 8);
  let offset = head.write("GGUF", 0);
  offset = head.writeUInt32LE(3, offset);
  offset = head.writeBigUInt64LE(0n, offset);
  offset = head.writeBigUInt64LE(1n, offset);
  offset = head.writeBigUInt64LE(BigInt(key.length), offset);
  offset += key.copy(head, offset);
  offset = head.writeUInt32LE(9, offset); // array
  offset = head.writeUInt32LE(8, offset); // of strings
  head.writeBigUInt64LE(BigInt(STRINGS), offset);
  return Buffer.concat([head, Buffer.alloc(STRINGS * 8)]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "breakeven-slow-header-"));
  modelPath = path.join(dir, "huge-header.gguf");
  await writeFile(modelPath, hugeHeader());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("bench.run header time limit", () => {
  it("stops the worker when reading the header takes longer than the limit, naming the file", async () => {
    const running = runBenchmark(
      "test-slow-header",
      { modelPath, threads: [1], tests: [{ kind: "tg", nGen: 4 }], repetitions: 1 },
      { emit: () => undefined, headerTimeLimitMs: 100 },
    );
    // Read to the end, this header would fail differently: "has no tensors".
    await expect(running).rejects.toMatchObject({
      code: "MODEL_INVALID",
      message: `Reading the header of ${modelPath} took longer than 0.1 s, so it was stopped: the header is probably corrupt (it claims far more metadata than a model has).`,
    });
  });

  it("lets the same file be read to the end under the normal limit, which gives the other error", async () => {
    const running = runBenchmark("test-slow-header-full", { modelPath, threads: [1], tests: [{ kind: "tg", nGen: 4 }], repetitions: 1 }, { emit: () => undefined });
    await expect(running).rejects.toMatchObject({ code: "MODEL_INVALID", message: expect.stringContaining("has no tensors") });
  });
});
