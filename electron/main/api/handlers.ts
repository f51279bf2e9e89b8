import { createDispatcher, type Dispatcher } from "./dispatch";
import { benchHandlers } from "./bench";
import { catalogHandlers } from "./catalog";
import { modelsHandlers } from "./models";
import { synthHandlers } from "./synth";
import { systemHandlers } from "./system";

/** Every domain's handlers, merged once; the dispatcher refuses a method registered twice. */
export function createAppDispatcher(): Dispatcher {
  return createDispatcher(systemHandlers, catalogHandlers, modelsHandlers, benchHandlers, synthHandlers);
}
