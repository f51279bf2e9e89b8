/**
 * Writes a synthetic GGUF model: the real tensor layout of a preset with random valid blocks.
 * Streams pooled block bytes with large vectored writes, so a 7B file is written at disk speed
 * with a few MB of buffers, to `path + ".partial"` first so a crash or abort never leaves a
 * truncated file under the real name.
 */
import type { FileHandle } from "node:fs/promises";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { alignUp, ggufAlignmentBytes } from "../../shared/synth/ggufFormat";
import { getSynthPreset, type SynthPresetId } from "../../shared/synth/presets";
import type { SynthQuant } from "../../shared/synth/quantRecipe";
import type { GgmlTypeName } from "../../shared/synth/quantTypes";
import { ggmlTypes } from "../../shared/synth/quantTypes";
import { buildSynthLayout, type SynthTensor } from "../../shared/synth/tensorLayout";
import { defaultPoolBytes, makeBlockPool, makeSmallTensorBytes } from "./blockBytes";
import { serializeGgufHeader } from "./ggufWriter";

export { isSyntheticGgufMetadata, readSyntheticMarker } from "../../shared/synth/metadata";

export type SyntheticModelProgress = { readonly bytesWritten: number; readonly totalBytes: number };

export type CreateSyntheticModelOptions = {
  readonly preset: SynthPresetId;
  readonly quant: SynthQuant;
  /** Destination file; its folder is created if missing and an existing file is replaced. */
  readonly path: string;
  /** Called after each write batch (every 16 MB or so) and once at the end. */
  readonly onProgress?: (progress: SyntheticModelProgress) => void;
  /** Aborting stops between write batches and deletes the partial file. */
  readonly signal?: AbortSignal;
};

export type CreateSyntheticModelResult = {
  readonly path: string;
  readonly sizeBytes: number;
  readonly tensorCount: number;
  readonly durationMs: number;
  readonly synthetic: true;
};

const batchTargetBytes = 16 * 1024 * 1024;
const zeroPadding = Buffer.alloc(ggufAlignmentBytes);

/** FNV-1a, to derive a fixed pool seed per preset and type. */
function seedFor(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Collects slices and writes them with one writev once enough have piled up. */
class BatchWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  bytesWritten = 0;

  constructor(
    private readonly file: FileHandle,
    private readonly totalBytes: number,
    private readonly options: CreateSyntheticModelOptions,
  ) {}

  async push(chunk: Buffer): Promise<void> {
    if (chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= batchTargetBytes) await this.flush();
  }

  async flush(): Promise<void> {
    this.options.signal?.throwIfAborted();
    if (this.pendingBytes === 0) return;
    const { bytesWritten } = await this.file.writev(this.pending);
    if (bytesWritten !== this.pendingBytes) {
      throw new Error(`Short write: ${bytesWritten} of ${this.pendingBytes} bytes (is the disk full?)`);
    }
    this.bytesWritten += bytesWritten;
    this.pending = [];
    this.pendingBytes = 0;
    this.options.onProgress?.({ bytesWritten: this.bytesWritten, totalBytes: this.totalBytes });
  }
}

/** A full-size pool only when some tensor needs that much: tiny models then write in milliseconds. */
function poolBytesFor(tensors: readonly SynthTensor[], type: GgmlTypeName): number {
  const largestBytes = Math.max(...tensors.filter((tensor) => tensor.type === type).map((tensor) => tensor.byteSize));
  return Math.min(defaultPoolBytes, largestBytes);
}

/** Pushes a tensor's bytes as slices of its type's pool, starting at a block that differs per tensor. */
async function pushPooledTensor(writer: BatchWriter, pool: Buffer, tensor: SynthTensor, tensorIndex: number) {
  const { blockBytes } = ggmlTypes[tensor.type];
  const poolBlocks = pool.length / blockBytes;
  let positionBytes = ((tensorIndex * 7919) % poolBlocks) * blockBytes;
  let remainingBytes = tensor.byteSize;
  while (remainingBytes > 0) {
    const sliceBytes = Math.min(remainingBytes, pool.length - positionBytes);
    await writer.push(pool.subarray(positionBytes, positionBytes + sliceBytes));
    remainingBytes -= sliceBytes;
    positionBytes = (positionBytes + sliceBytes) % pool.length;
  }
}

export async function createSyntheticModel(options: CreateSyntheticModelOptions): Promise<CreateSyntheticModelResult> {
  const startedMs = performance.now();
  options.signal?.throwIfAborted();
  const preset = getSynthPreset(options.preset);
  const layout = buildSynthLayout(preset, options.quant);
  const partialPath = `${options.path}.partial`;
  await mkdir(dirname(options.path), { recursive: true });
  const file = await open(partialPath, "w");
  let closed = false;
  try {
    const writer = new BatchWriter(file, layout.totalFileBytes, options);
    await writer.push(serializeGgufHeader(layout.metadata, layout.tensors));
    const pools = new Map<GgmlTypeName, Buffer>();
    for (const [index, tensor] of layout.tensors.entries()) {
      if (tensor.fill === "weights") {
        let pool = pools.get(tensor.type);
        if (pool === undefined) {
          const poolBytes = poolBytesFor(layout.tensors, tensor.type);
          pool = makeBlockPool(tensor.type, seedFor(`${preset.id}:${tensor.type}`), poolBytes);
          pools.set(tensor.type, pool);
        }
        await pushPooledTensor(writer, pool, tensor, index);
      } else {
        await writer.push(makeSmallTensorBytes(tensor, preset, seedFor(tensor.name)));
      }
      await writer.push(zeroPadding.subarray(0, alignUp(tensor.byteSize) - tensor.byteSize));
    }
    await writer.flush();
    if (writer.bytesWritten !== layout.totalFileBytes) {
      throw new Error(`Wrote ${writer.bytesWritten} bytes, layout says ${layout.totalFileBytes}`);
    }
    closed = true;
    await file.close();
    await rename(partialPath, options.path);
    return {
      path: options.path,
      sizeBytes: layout.totalFileBytes,
      tensorCount: layout.tensors.length,
      durationMs: performance.now() - startedMs,
      synthetic: true,
    };
  } catch (error) {
    if (!closed) await file.close().catch(() => undefined);
    await rm(partialPath, { force: true });
    throw error;
  }
}
