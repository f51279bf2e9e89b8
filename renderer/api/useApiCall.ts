import { useCallback, useEffect, useState } from "react";
import type { MethodName, ResultOf } from "../../shared/api/contract";
import { ApiClientError } from "./ApiClientError";
import { useApi } from "./ApiContext";

export type CallState<T> =
  | { status: "loading" }
  | { status: "ready"; value: T }
  | { status: "failed"; error: ApiClientError };

/** Calls a parameterless API method on mount; `reload` calls it again. */
export function useApiCall<M extends MethodName>(method: M): [CallState<ResultOf<M>>, () => void] {
  const api = useApi();
  const [state, setState] = useState<CallState<ResultOf<M>>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    (api.call as (name: M) => Promise<ResultOf<M>>)(method).then(
      (value) => live && setState({ status: "ready", value }),
      (error: unknown) =>
        live && setState({ status: "failed", error: error instanceof ApiClientError ? error : new ApiClientError("INTERNAL", String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [api, method, generation]);
  return [state, useCallback(() => setGeneration((value) => value + 1), [])];
}
