import { useCallback, useEffect, useState } from "react";
import type { MethodName, ParamsOf, ResultOf } from "../../shared/api/contract";
import { ApiClientError } from "./ApiClientError";
import { useApi } from "./ApiContext";

export type CallState<T> =
  | { status: "loading" }
  | { status: "ready"; value: T }
  | { status: "failed"; error: ApiClientError };

/**
 * Calls an API method without params on mount; `reload` calls it again, with `reloadParams`
 * when given (system.describe's `{ refresh: true }` re-probes rather than reuse the last probe).
 */
export function useApiCall<M extends MethodName>(method: M, reloadParams?: ParamsOf<M>): [CallState<ResultOf<M>>, () => void] {
  const api = useApi();
  const [state, setState] = useState<CallState<ResultOf<M>>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  // A string, so a params object written inline does not start a call at every render.
  const reloadKey = reloadParams === undefined ? null : JSON.stringify(reloadParams);
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    const params: unknown[] = generation > 0 && reloadKey !== null ? [JSON.parse(reloadKey)] : [];
    (api.call as (name: M, ...rest: unknown[]) => Promise<ResultOf<M>>)(method, ...params).then(
      (value) => live && setState({ status: "ready", value }),
      (error: unknown) =>
        live && setState({ status: "failed", error: error instanceof ApiClientError ? error : new ApiClientError("INTERNAL", String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [api, method, generation, reloadKey]);
  return [state, useCallback(() => setGeneration((value) => value + 1), [])];
}
