export type TensorTypeShare = { type: string; tensors: number; bytes: number };

export type DeviceFit = {
  /** "GPU 0: NVIDIA H200", or "CPU (system RAM)". */
  device: string;
  fits: boolean;
  /** What the estimate needs on this device and what it has. */
  neededBytes: number;
  availableBytes: number;
  note: string;
};

export type ModelInspection = {
  path: string;
  fileName: string;
  fileSizeBytes: number;
  /** How long reading the header took: it never touches the tensor data. */
  headerReadMs: number;
  architecture: string;
  name: string | null;
  parameterCount: number;
  /** llama.cpp's file type name, e.g. "MOSTLY_Q4_K_M". */
  fileType: string;
  tensorTypes: TensorTypeShare[];
  layers: number;
  embeddingSize: number;
  heads: number;
  kvHeads: number;
  vocabularySize: number;
  trainedContextLength: number;
  synthetic: boolean;
  syntheticPreset: string | null;
  estimate: {
    gpuLayers: number;
    contextSize: number;
    vramBytes: number;
    ramBytes: number;
    fits: DeviceFit[];
  };
};

export type InspectParams = {
  path: string;
  /** Layers to offload for the estimate. Defaults to all. */
  gpuLayers?: number;
  /** Context size per sequence for the estimate. Defaults to 4096. */
  contextSize?: number;
};
