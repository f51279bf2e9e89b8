// Runs in flight by id, so a cancel call (from another request, another window or Ctrl-C) can
// reach the run it names. A cancel can arrive before its run registers (the UI's Cancel while the
// run request still checks the file): it is remembered a while and the run starts cancelled.
import { ApiFailure } from "../../../../shared/api/errors";

const EARLY_CANCEL_MEMORY_MS = 60_000;
const MAX_EARLY_CANCELS = 100;

export type RunRegistry = {
  /** Registers a run, already aborted if it was cancelled before; BUSY when the id, or with `exclusive` any run, is in flight. */
  start(id: string): AbortController;
  finish(id: string): void;
  /** True when a running run was stopped; false when none by that id is running (yet). */
  cancel(id: string): boolean;
  active(): string[];
};

export function createRunRegistry(what: string, options: { exclusive: boolean }): RunRegistry {
  const runs = new Map<string, AbortController>();
  const earlyCancels = new Map<string, number>();
  const forgetOld = (nowMs: number) => {
    for (const [id, atMs] of earlyCancels) if (nowMs - atMs > EARLY_CANCEL_MEMORY_MS) earlyCancels.delete(id);
    // Oldest first (insertion order), so a flood of stray cancels cannot grow this without bound.
    while (earlyCancels.size > MAX_EARLY_CANCELS) earlyCancels.delete(earlyCancels.keys().next().value as string);
  };
  return {
    start(id) {
      if (typeof id !== "string" || id.trim() === "") throw new ApiFailure("BAD_REQUEST", `A ${what} needs an id (any unique string).`);
      if (runs.has(id)) throw new ApiFailure("BUSY", `A ${what} with id "${id}" is already running.`);
      if (options.exclusive && runs.size > 0) {
        const other = [...runs.keys()][0];
        throw new ApiFailure("BUSY", `Another ${what} ("${other}") is running. Two at once would slow each other and spoil both measurements: wait for it or cancel it.`);
      }
      const controller = new AbortController();
      forgetOld(Date.now());
      if (earlyCancels.delete(id)) controller.abort();
      runs.set(id, controller);
      return controller;
    },
    finish(id) {
      runs.delete(id);
    },
    cancel(id) {
      const controller = runs.get(id);
      if (controller) {
        controller.abort();
        return true;
      }
      if (typeof id === "string" && id !== "") {
        earlyCancels.set(id, Date.now());
        forgetOld(Date.now());
      }
      return false;
    },
    active: () => [...runs.keys()],
  };
}
