// Checks that make a bad file an ApiFailure naming the file and the problem, before and after
// node-llama-cpp parses the header: not a GGUF, truncated, or a header that lies about its sizes.
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { GgufFileInfo } from "node-llama-cpp";
import { ApiFailure } from "../../../shared/api/errors";
import { ggmlTensorBytes, ggmlTypeName } from "../../../shared/models/ggmlTypes";

const PREFIX_BYTES = 24;
/** The smallest a metadata entry (key length, one-byte key, type, one-byte value) or tensor info can be. */
const MIN_KV_BYTES = 14;
const MIN_TENSOR_INFO_BYTES = 29;

/** Size of a regular, readable file; FILE_NOT_FOUND or MODEL_INVALID otherwise. */
export async function statModelFile(path: string): Promise<number> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ApiFailure("MODEL_INVALID", `${path} is a folder, not a GGUF model file. Choose the .gguf file inside it.`);
    if (!info.isFile()) throw new ApiFailure("MODEL_INVALID", `${path} is not a regular file. Choose a .gguf model file.`);
    return info.size;
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ApiFailure("FILE_NOT_FOUND", `There is no file at ${path}. Check the path, or create a synthetic model there.`);
    if (code === "EACCES") throw new ApiFailure("MODEL_INVALID", `${name} cannot be read: permission denied (${path}).`);
    throw new ApiFailure("MODEL_INVALID", `${name} cannot be read: ${(error as Error).message}`);
  }
}

function describeForeignBytes(bytes: Buffer): string {
  const text = bytes.toString("latin1");
  if (bytes.length === 0) return "the file is empty";
  if (text.startsWith("PK")) return "it looks like a zip archive";
  if (/^\s*</.test(text)) return "it looks like an HTML or XML page (a failed download?)";
  if (/^\s*[{[]/.test(text)) return "it looks like JSON text";
  if (["lmgg", "fmgg", "tjgg"].includes(text.slice(0, 4))) return "it is an old GGML file, which llama.cpp no longer reads; convert it to GGUF";
  if (bytes.length >= 9 && bytes[8] === 0x7b) return "it looks like a safetensors file; convert it to GGUF with llama.cpp's convert_hf_to_gguf.py";
  return "its first bytes are not GGUF's magic number";
}

/** Reads the fixed 24-byte GGUF prefix and checks magic, version and the two counts against the file size. */
export async function checkGgufPrefix(path: string, fileSizeBytes: number): Promise<void> {
  const name = basename(path);
  const handle = await open(path, "r");
  const bytes = Buffer.alloc(PREFIX_BYTES);
  let read = 0;
  try {
    read = (await handle.read(bytes, 0, PREFIX_BYTES, 0)).bytesRead;
  } finally {
    await handle.close();
  }
  const head = bytes.subarray(0, read);
  if (read < 4 || head.toString("latin1", 0, 4) !== "GGUF") {
    throw new ApiFailure("MODEL_INVALID", `${name} is not a GGUF model: ${describeForeignBytes(head)}. Breakeven reads llama.cpp's .gguf files.`);
  }
  if (read < PREFIX_BYTES) {
    throw new ApiFailure("MODEL_INVALID", `${name} is truncated: it ends after ${read} bytes, inside the GGUF header. Download or create it again.`);
  }
  const version = head.readUInt32LE(4);
  if (version !== 2 && version !== 3) {
    throw new ApiFailure("MODEL_INVALID", `${name} says it is GGUF version ${version}; only versions 2 and 3 are supported.`);
  }
  const tensorCount = head.readBigUInt64LE(8);
  const kvCount = head.readBigUInt64LE(16);
  const room = BigInt(fileSizeBytes);
  if (tensorCount * BigInt(MIN_TENSOR_INFO_BYTES) > room || kvCount * BigInt(MIN_KV_BYTES) > room) {
    throw new ApiFailure(
      "MODEL_INVALID",
      `${name} has a corrupt GGUF header: it claims ${tensorCount} tensors and ${kvCount} metadata entries, more than a ${fileSizeBytes}-byte file can hold.`,
    );
  }
}

/** After parsing: the header's tensors must lie inside the file, with the sizes their types imply. */
export function checkTensorExtents(path: string, info: GgufFileInfo, fileSizeBytes: number): void {
  const name = basename(path);
  const tensors = info.fullTensorInfo ?? info.tensorInfo ?? [];
  if (tensors.length === 0) throw new ApiFailure("MODEL_INVALID", `${name} has no tensors: it is a GGUF file, but not a model.`);
  if ((info.infoEndOffset ?? 0) > fileSizeBytes) {
    throw new ApiFailure("MODEL_INVALID", `${name} is truncated: the file ends (${fileSizeBytes} bytes) before its own header does. Download or create it again.`);
  }
  let dataEnd = 0;
  for (const tensor of tensors) {
    if (tensor.filePart !== 1) continue;
    const dimensions = tensor.dimensions.map(Number);
    if (dimensions.some((size) => !Number.isSafeInteger(size) || size < 0)) {
      throw new ApiFailure("MODEL_INVALID", `${name} has a corrupt GGUF header: tensor ${tensor.name} has an impossible shape [${dimensions.join(", ")}].`);
    }
    const bytes = ggmlTensorBytes(tensor.ggmlType, dimensions);
    const end = Number(tensor.fileOffset) + (bytes ?? 0);
    if (!Number.isSafeInteger(end)) {
      throw new ApiFailure("MODEL_INVALID", `${name} has a corrupt GGUF header: tensor ${tensor.name} (${ggmlTypeName(tensor.ggmlType)}) lies beyond any possible file size.`);
    }
    dataEnd = Math.max(dataEnd, end);
  }
  if (dataEnd > fileSizeBytes) {
    throw new ApiFailure(
      "MODEL_INVALID",
      `${name} is truncated or its header is wrong: the header places tensor data up to byte ${dataEnd}, but the file has only ${fileSizeBytes} bytes. Download or create it again.`,
    );
  }
}
