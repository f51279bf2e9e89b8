import { describe, expect, it } from "vitest";
import { DEFAULT_FORM, specFromForm } from "./benchForm";

describe("specFromForm", () => {
  it("turns the default form into pp512 + tg128, leaving threads to the engine", () => {
    expect(specFromForm("/m.gguf", DEFAULT_FORM)).toEqual({
      ok: true,
      spec: { modelPath: "/m.gguf", tests: [{ kind: "pp", nPrompt: 512 }, { kind: "tg", nGen: 128 }], flashAttention: [false], repetitions: 5, parallel: [1], gpuLayers: [99] },
    });
  });

  it("reads lists and a pp+tg pair", () => {
    const result = specFromForm(" /m.gguf ", { ...DEFAULT_FORM, pp: "", tg: "16", pg: "32, 16", parallel: "1,2 4", threads: "1" });
    expect(result.ok && result.spec).toMatchObject({ modelPath: "/m.gguf", tests: [{ kind: "tg", nGen: 16 }, { kind: "pg", nPrompt: 32, nGen: 16 }], parallel: [1, 2, 4], threads: [1] });
  });

  it("says what is wrong", () => {
    expect(specFromForm("", DEFAULT_FORM)).toEqual({ ok: false, error: "Enter the path of a .gguf model first." });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, tg: "12x" })).toEqual({ ok: false, error: 'Generation (tg): "12x" is not a whole number of at least 1.' });
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, pg: "512" }).ok).toBe(false);
    expect(specFromForm("/m.gguf", { ...DEFAULT_FORM, pp: "", tg: "" }).ok).toBe(false);
  });
});
