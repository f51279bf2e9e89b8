// One registry for every API method. Transports call `dispatch` and nothing else, so a method
// behaves the same over IPC and HTTP, and a failure always leaves as {code, message} data.
import { ApiFailure, type ApiResult } from "../../../shared/api/errors";
import {
  isMethodName,
  type ApiEvents,
  type EventName,
  type MethodName,
  type ParamsOf,
  type ResultOf,
} from "../../../shared/api/contract";

export type HandlerContext = {
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
};

export type Handler<M extends MethodName> = (params: ParamsOf<M>, context: HandlerContext) => Promise<ResultOf<M>>;

export type HandlerMap<K extends MethodName = MethodName> = { [M in K]: Handler<M> };

export type Dispatcher = {
  dispatch(method: string, params: unknown, context: HandlerContext): Promise<ApiResult<unknown>>;
  readonly methods: readonly MethodName[];
};

export function createDispatcher(...maps: Partial<HandlerMap>[]): Dispatcher {
  const handlers = new Map<MethodName, Handler<MethodName>>();
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (!isMethodName(name)) throw new Error(`Handler registered for "${name}", which is not in the API contract.`);
      if (handlers.has(name)) throw new Error(`Two handlers registered for "${name}".`);
      handlers.set(name, handler as Handler<MethodName>);
    }
  }
  return {
    methods: [...handlers.keys()],
    async dispatch(method, params, context) {
      const handler = isMethodName(method) ? handlers.get(method) : undefined;
      if (!handler) {
        return { ok: false, error: { code: "UNKNOWN_METHOD", message: `There is no API method "${String(method)}".` } };
      }
      try {
        return { ok: true, value: await handler(params as ParamsOf<MethodName>, context) };
      } catch (error) {
        return { ok: false, error: toApiError(method, error) };
      }
    },
  };
}

function toApiError(method: string, error: unknown) {
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  // Unexpected failures are logged in full here and cross the boundary without their stack.
  console.error(`[breakeven] ${method} failed:`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL" as const, message: `${method} failed unexpectedly: ${detail}` };
}
