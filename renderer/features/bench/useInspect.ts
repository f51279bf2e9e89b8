import { useCallback, useState } from "react";
import type { ModelInspection } from "../../../shared/models/inspection";
import { ApiClientError } from "../../api/ApiClientError";
import { useApi } from "../../api/ApiContext";

export type InspectState =
  | { status: "idle" }
  | { status: "reading"; path: string }
  | { status: "ready"; inspection: ModelInspection }
  | { status: "failed"; error: ApiClientError };

export function useInspect() {
  const api = useApi();
  const [state, setState] = useState<InspectState>({ status: "idle" });
  const inspect = useCallback(
    async (path: string) => {
      setState({ status: "reading", path });
      try {
        setState({ status: "ready", inspection: await api.call("models.inspect", { path }) });
      } catch (error) {
        setState({ status: "failed", error: error instanceof ApiClientError ? error : new ApiClientError("INTERNAL", String(error)) });
      }
    },
    [api],
  );
  return { state, inspect };
}
