import { describe, expect, it } from "vitest";
import { makeBenchReportFixture } from "../../electron/cli/formatters/benchReportFixture";

const benchReportFixture = makeBenchReportFixture();
import { parseBenchReport, parseBenchReportText } from "./benchReportSchema";

// Two rows of llama-bench -o json (build b7000-era field set, with extra fields it added later).
const LLAMA_BENCH = [
  {
    build_commit: "3f1ae2e3", build_number: 7012, cpu_info: "AMD EPYC 9654", gpu_info: "NVIDIA H200", backends: "CUDA",
    model_filename: "/models/DeepSeek-R1-Distill-Qwen-7B-Q4_K_M.gguf", model_type: "qwen2 7B Q4_K - Medium",
    model_size: 4_677_120_000, model_n_params: 7_615_616_512, n_batch: 2048, n_ubatch: 512, n_threads: 16,
    cpu_mask: "0x0", cpu_strict: false, poll: 50, type_k: "f16", type_v: "f16", n_gpu_layers: 99, split_mode: "layer",
    main_gpu: 0, no_kv_offload: false, flash_attn: false, tensor_split: "0.00", use_mmap: true, embeddings: false,
    load_mode: "mmap", n_prompt: 512, n_gen: 0, n_depth: 0, test_time: "2026-11-30T10:00:00Z",
    avg_ns: 42_000_000, stddev_ns: 400_000, avg_ts: 12190.5, stddev_ts: 115.2,
    samples_ns: [41_600_000, 42_000_000, 42_400_000], samples_ts: [12307.7, 12190.5, 12075.5],
  },
  {
    build_commit: "3f1ae2e3", build_number: 7012, cpu_info: "AMD EPYC 9654", gpu_info: "NVIDIA H200", backends: "CUDA",
    model_filename: "/models/DeepSeek-R1-Distill-Qwen-7B-Q4_K_M.gguf", model_type: "qwen2 7B Q4_K - Medium",
    model_size: 4_677_120_000, model_n_params: 7_615_616_512, n_batch: 2048, n_ubatch: 512, n_threads: 16,
    type_k: "f16", type_v: "f16", n_gpu_layers: 99, flash_attn: 1, use_mmap: 1, n_prompt: 0, n_gen: 128, n_depth: 0,
    test_time: "2026-11-30T10:00:05Z", avg_ns: 880_000_000, stddev_ns: 2_000_000, avg_ts: 145.4, stddev_ts: 0.3,
    samples_ns: [878_000_000, 882_000_000], samples_ts: [145.8, 145.1],
  },
];

describe("parseBenchReport", () => {
  it("accepts Breakeven's own report, after a JSON round trip", () => {
    const parsed = parseBenchReport(JSON.parse(JSON.stringify(benchReportFixture)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.source).toBe("breakeven");
      expect(parsed.report.results).toHaveLength(benchReportFixture.results.length);
    }
  });

  it("names the field that is wrong", () => {
    const broken = JSON.parse(JSON.stringify(benchReportFixture));
    broken.results[0].avg_ts = "fast";
    const parsed = parseBenchReport(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain("results.0.avg_ts");
  });

  it("refuses other JSON and other schema versions with a reason", () => {
    const other = parseBenchReport({ hello: "world" });
    expect(!other.ok && other.error).toContain("not a Breakeven bench report");
    const newer = parseBenchReport({ ...benchReportFixture, schemaVersion: 99 });
    expect(!newer.ok && newer.error).toContain("schema version 99");
    expect(parseBenchReport(null).ok).toBe(false);
    expect(parseBenchReport([]).ok).toBe(false);
  });

  it("wraps llama-bench rows, marking what llama-bench does not record", () => {
    const parsed = parseBenchReport(LLAMA_BENCH);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { report } = parsed;
    expect(parsed.source).toBe("llama-bench");
    expect(report.results.map((row) => row.test)).toEqual(["pp512", "tg128"]);
    expect(report.results[1].flash_attn).toBe(true);
    expect(report.results[0].power).toEqual({ measured: false, reason: expect.stringContaining("llama-bench") });
    expect(report.results[0].decode_avg_ts).toBeNull();
    expect(report.model.modelType).toBe("qwen2 7B Q4_K - Medium");
    expect(report.system.os.platform).toBe("unknown");
    expect(report.note).toContain("llama-bench");
  });

  it("reads llama-bench JSONL text, and says when text is not JSON", () => {
    const text = LLAMA_BENCH.map((row) => JSON.stringify(row)).join("\n");
    const parsed = parseBenchReportText(text);
    expect(parsed.ok && parsed.report.results).toHaveLength(2);
    const garbage = parseBenchReportText("GGUF\u0003binary");
    expect(!garbage.ok && garbage.error).toContain("not JSON");
  });

  it("explains a llama-bench row missing its measurement", () => {
    const { avg_ts: _dropped, ...withoutRate } = LLAMA_BENCH[1];
    const parsed = parseBenchReport([LLAMA_BENCH[0], { ...withoutRate, avg_ts: "n/a" }]);
    expect(!parsed.ok && parsed.error).toContain("1.avg_ts");
  });
});
