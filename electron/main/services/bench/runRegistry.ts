// Runs in flight by id, so a cancel call (from another request, another window or Ctrl-C) can
// reach the run it names.
import { ApiFailure } from "../../../../shared/api/errors";

export type RunRegistry = {
  /** Registers a run; BUSY when the id, or with `exclusive` any run, is already in flight. */
  start(id: string): AbortController;
  finish(id: string): void;
  cancel(id: string): boolean;
  active(): string[];
};

export function createRunRegistry(what: string, options: { exclusive: boolean }): RunRegistry {
  const runs = new Map<string, AbortController>();
  return {
    start(id) {
      if (typeof id !== "string" || id.trim() === "") throw new ApiFailure("BAD_REQUEST", `A ${what} needs an id (any unique string).`);
      if (runs.has(id)) throw new ApiFailure("BUSY", `A ${what} with id "${id}" is already running.`);
      if (options.exclusive && runs.size > 0) {
        const other = [...runs.keys()][0];
        throw new ApiFailure("BUSY", `Another ${what} ("${other}") is running. Two at once would slow each other and spoil both measurements: wait for it or cancel it.`);
      }
      const controller = new AbortController();
      runs.set(id, controller);
      return controller;
    },
    finish(id) {
      runs.delete(id);
    },
    cancel(id) {
      const controller = runs.get(id);
      if (!controller) return false;
      controller.abort();
      return true;
    },
    active: () => [...runs.keys()],
  };
}
