import type { DistillationProjectInput, VendorInput, WorkloadInput } from "./types";
import { TOKENS_PER_MILLION } from "./units";

/** What one average live request costs on the vendor's API, with its prompt-cache share and batchable share. */
export function vendorUsdPerRequest(workload: WorkloadInput, vendor: VendorInput): number {
  // Cached input lowers only the vendor's bill; a self-hosted model still has to read every prompt token.
  const cachedInputTokens = workload.inputTokensPerRequest * workload.promptCacheShare;
  const uncachedInputTokens = workload.inputTokensPerRequest - cachedInputTokens;
  const listUsd =
    (uncachedInputTokens * vendor.usdPerMillionInputTokens +
      cachedInputTokens * vendor.usdPerMillionCachedInputTokens +
      workload.outputTokensPerRequest * vendor.usdPerMillionOutputTokens) /
    TOKENS_PER_MILLION;
  return listUsd * (1 - vendor.batchTrafficShare * vendor.batchDiscountShare);
}

/** Teacher data is generated offline, so it can always go through the batch API. */
export function teacherDataUsd(project: DistillationProjectInput, vendor: VendorInput): number {
  const listUsd =
    (project.teacherInputTokens * vendor.usdPerMillionInputTokens +
      project.teacherOutputTokens * vendor.usdPerMillionOutputTokens) /
    TOKENS_PER_MILLION;
  return listUsd * (1 - vendor.batchDiscountShare);
}
