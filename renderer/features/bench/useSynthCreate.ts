import { useCallback, useEffect, useRef, useState } from "react";
import type { SynthCreateResult, SynthProgress } from "../../../shared/api/synth";
import { ApiClientError } from "../../api/ApiClientError";
import { useApi } from "../../api/ApiContext";

export type SynthState =
  | { status: "idle" }
  | { status: "writing"; progress: SynthProgress | null }
  | { status: "done"; result: SynthCreateResult }
  | { status: "failed"; error: ApiClientError };

export function useSynthCreate(onCreated: (path: string) => void) {
  const api = useApi();
  const [state, setState] = useState<SynthState>({ status: "idle" });
  const jobId = useRef<string | null>(null);

  useEffect(
    () =>
      api.on("synth.progress", (progress) => {
        if (progress.jobId === jobId.current) setState((current) => (current.status === "writing" ? { status: "writing", progress } : current));
      }),
    [api],
  );

  const create = useCallback(
    async (preset: string, quant: string, path: string, overwrite: boolean) => {
      const id = `synth-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      jobId.current = id;
      setState({ status: "writing", progress: null });
      try {
        const result = await api.call("synth.create", { jobId: id, preset, quant, path, overwrite });
        setState({ status: "done", result });
        onCreated(result.path);
      } catch (error) {
        setState({ status: "failed", error: error instanceof ApiClientError ? error : new ApiClientError("INTERNAL", String(error)) });
      } finally {
        jobId.current = null;
      }
    },
    [api, onCreated],
  );

  const cancel = useCallback(() => {
    if (jobId.current) void api.call("synth.cancel", { jobId: jobId.current }).catch(() => undefined);
  }, [api]);

  return { state, create, cancel };
}
