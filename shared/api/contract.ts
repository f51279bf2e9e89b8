// The one API between the UI and the services. Every transport (Electron IPC, loopback HTTP)
// carries exactly these methods and events; the renderer sees only ApiClient.
import type { BenchProgress } from "../bench/progress";
import type { Catalogs } from "../catalog/catalogs";
import type { BenchSpecInput } from "../bench/spec";
import type { InspectParams, ModelInspection } from "../models/inspection";
import type { BenchReport } from "../reports/benchReport";
import type { SynthCreateParams, SynthCreateResult, SynthPresetsResult, SynthProgress } from "./synth";
import type { SystemDescription } from "./system";

export type ApiMethods = {
  /** `refresh: true` probes the backends again (the Hardware page's Refresh, after installing a driver). */
  "system.describe": { params: { refresh?: boolean } | undefined; result: SystemDescription };
  "models.inspect": { params: InspectParams; result: ModelInspection };
  /**
   * Runs to completion; progress arrives as bench.progress events carrying the same runId.
   * bench.cancel makes it resolve (within a second) with status "cancelled" and the rows finished
   * so far; failures before or during the run reject with an ApiError.
   */
  "bench.run": { params: { runId: string; spec: BenchSpecInput }; result: BenchReport };
  "bench.cancel": { params: { runId: string }; result: { cancelled: boolean } };
  /** The shipped vendor-price and GPU catalogs; user edits are kept apart, in the UI's database. */
  "catalog.get": { params: void; result: Catalogs };
  /** Synthetic model presets, their exact file sizes, and a suggested folder. */
  "synth.presets": { params: void; result: SynthPresetsResult };
  /** Writes a synthetic GGUF; progress arrives as synth.progress events with the same jobId. */
  "synth.create": { params: SynthCreateParams; result: SynthCreateResult };
  "synth.cancel": { params: { jobId: string }; result: { cancelled: boolean } };
};

export type ApiEvents = {
  "bench.progress": BenchProgress;
  "synth.progress": SynthProgress;
};

export type MethodName = keyof ApiMethods;
export type EventName = keyof ApiEvents;
export type ParamsOf<M extends MethodName> = ApiMethods[M]["params"];
export type ResultOf<M extends MethodName> = ApiMethods[M]["result"];

/**
 * Runtime list of method names, so transports can refuse unknown names before dispatch.
 * `satisfies` keeps it in step with ApiMethods: a name missing here fails the type check below.
 */
export const API_METHODS = ["system.describe", "models.inspect", "bench.run", "bench.cancel", "catalog.get", "synth.presets", "synth.create", "synth.cancel"] as const satisfies readonly MethodName[];
export const API_EVENTS = ["bench.progress", "synth.progress"] as const satisfies readonly EventName[];

type Missing<T extends string, L extends readonly string[]> = Exclude<T, L[number]>;
// Compile-time guard: adding a method to ApiMethods without listing it above is a type error.
const methodListIsComplete: Missing<MethodName, typeof API_METHODS> extends never ? true : never = true;
const eventListIsComplete: Missing<EventName, typeof API_EVENTS> extends never ? true : never = true;
void methodListIsComplete;
void eventListIsComplete;

/** No argument for a parameterless method, an optional one where params may be undefined. */
export type CallParams<M extends MethodName> = ParamsOf<M> extends void ? [] : undefined extends ParamsOf<M> ? [params?: ParamsOf<M>] : [params: ParamsOf<M>];

export type EventListener<E extends EventName> = (payload: ApiEvents[E]) => void;

export type ApiClient = {
  readonly transport: "ipc" | "http";
  call<M extends MethodName>(method: M, ...params: CallParams<M>): Promise<ResultOf<M>>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
};

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === "string" && (API_METHODS as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === "string" && (API_EVENTS as readonly string[]).includes(value);
}

/** Shape of the bridge the Electron preload exposes as window.breakeven. */
export type PreloadBridge = {
  call(method: string, params: unknown): Promise<unknown>;
  on(listener: (event: string, payload: unknown) => void): () => void;
};
