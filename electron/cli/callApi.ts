// The CLI's one way into the services: the same dispatcher, methods and events as the app, so a
// command-line benchmark and an in-app one cannot drift apart.
import type { ApiEvents, EventName, MethodName, ParamsOf, ResultOf } from "../../shared/api/contract";
import type { ApiError } from "../../shared/api/errors";
import type { CliIo } from "./command";

/** A service answered with an error: the CLI prints its message (never a stack) and exits 1. */
export class ApiCallError extends Error {
  override readonly name = "ApiCallError";
  readonly code: ApiError["code"];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

type Listener = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

export async function callApi<M extends MethodName>(
  io: CliIo,
  method: M,
  params: ParamsOf<M>,
  onEvent: Listener = () => {},
): Promise<ResultOf<M>> {
  const result = await io.dispatcher.dispatch(method, params, { emit: onEvent });
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as ResultOf<M>;
}
