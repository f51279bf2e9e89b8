// The user's GPU quotes and added GPUs, stored as one edits document (see editsDocumentRepo.ts),
// apart from the vendor-price edits so either can go bad without taking the other with it.
import { EMPTY_GPU_USER_EDITS, parseGpuUserEdits, type GpuUserEdits } from "../../shared/catalog/gpuEdits";
import type { EditsDocumentKind } from "./editsDocumentRepo";

export const GPU_EDITS_KEY = "gpuUserEdits";

export const GPU_EDITS_DOCUMENT: EditsDocumentKind<GpuUserEdits> = {
  key: GPU_EDITS_KEY,
  unreadablePrefix: "gpuUserEdits.unreadable.",
  parse: parseGpuUserEdits,
  empty: EMPTY_GPU_USER_EDITS,
  noun: "GPU edits",
};
