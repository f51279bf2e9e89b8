// Who the model is, without hashing gigabytes: the file's name and size, the sha256 of its GGUF
// header (metadata and tensor table, which differ between any two real models), and whether it
// carries Breakeven's synthetic-weights marker.
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import type { GgufFileInfo, LlamaModel } from "node-llama-cpp";
import type { BenchModelIdentity } from "../../../shared/reports/benchReport";
import { readSyntheticMarker } from "../../../shared/synth/metadata";
import { fileTypeName } from "../inspect/describeGguf";

export async function headerSha256(path: string, headerBytes: number): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(headerBytes);
    const { bytesRead } = await handle.read(buffer, 0, headerBytes, 0);
    return createHash("sha256").update(buffer.subarray(0, bytesRead)).digest("hex");
  } finally {
    await handle.close();
  }
}

/** Identity of a model whose header is read; what llama.cpp calls it waits for the load. */
export type HeaderIdentity = BenchModelIdentity & { headerSha256: string; nParams: number };

/** As GgufInsights.totalParameters, which needs a Llama the worker has not created yet. */
function parameterCount(info: GgufFileInfo): number {
  let total = 0n;
  for (const tensor of info.fullTensorInfo ?? info.tensorInfo ?? []) {
    total += tensor.dimensions.reduce<bigint>((product, size) => product * BigInt(size), 1n);
  }
  return Number(total);
}

export async function headerIdentity(path: string, fileSizeBytes: number, info: GgufFileInfo): Promise<HeaderIdentity> {
  const marker = readSyntheticMarker(info.metadata);
  const general = info.metadata.general as { architecture?: unknown; file_type?: unknown } | undefined;
  return {
    fileName: basename(path),
    sizeBytes: fileSizeBytes,
    headerSha256: await headerSha256(path, info.infoEndOffset ?? info.metadataSize),
    synthetic: marker !== undefined,
    syntheticPreset: marker?.preset ?? null,
    architecture: typeof general?.architecture === "string" ? general.architecture : "unknown",
    modelType: "unknown",
    nParams: parameterCount(info),
    fileType: fileTypeName(general?.file_type),
  };
}

/** With the model loaded: llama.cpp's own description (llama_model_desc), e.g. "qwen2 7B Q4_K - Medium". */
export function loadedIdentity(header: HeaderIdentity, model: LlamaModel): HeaderIdentity {
  return { ...header, modelType: model.typeDescription };
}
