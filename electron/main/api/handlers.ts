import { createDispatcher, type Dispatcher } from "./dispatch";
import { catalogHandlers } from "./catalog";
import { systemHandlers } from "./system";

/** Every domain's handlers, merged once; the dispatcher refuses a method registered twice. */
export function createAppDispatcher(): Dispatcher {
  return createDispatcher(systemHandlers, catalogHandlers);
}
