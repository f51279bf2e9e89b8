import { useEffect, useRef, useState } from "react";
import type { ScenarioInput, ValidationResult } from "../../../shared/tco";
import { getDb, type StoredScenario } from "../../db/db";
import { putScenarioBeforeUnload, saveScenarioInput } from "../../db/scenariosRepo";
import type { Draft } from "./useScenarioDraft";

export type SaveState =
  | { kind: "saved"; at: string }
  | { kind: "pending" }
  | { kind: "invalid"; count: number }
  | { kind: "failed"; message: string };

const DEBOUNCE_MS = 300;

type Waiting = { input: ScenarioInput; draft: Draft };

/**
 * Writes the draft to IndexedDB 300 ms after the last valid edit, so a slider drag is one write, not fifty.
 * An invalid draft is not written (the stored scenario stays the last valid one). A write still waiting
 * happens at once when the scenario is left, and when the page is hidden or unloaded (reload, tab closed,
 * app quit): then as one put of the whole row, the only kind of write an unloading page still completes.
 */
export function useAutosave(row: StoredScenario, draft: Draft, checked: ValidationResult): SaveState {
  const [state, setState] = useState<SaveState>({ kind: "saved", at: row.updatedAt });
  const waiting = useRef<Waiting | null>(null);
  // The row as last read (a rename updates it), for the whole-row put on unload.
  const latestRow = useRef(row);
  latestRow.current = row;
  const scenarioId = row.id;

  useEffect(() => {
    if (draft.revision === 0) return;
    if (!checked.ok) {
      waiting.current = null;
      setState({ kind: "invalid", count: checked.issues.length });
      return;
    }
    waiting.current = { input: checked.value, draft };
    setState({ kind: "pending" });
    const timer = setTimeout(() => {
      const pending = waiting.current;
      waiting.current = null;
      if (pending) write(scenarioId, pending, setState);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [scenarioId, draft, checked]);

  useEffect(() => {
    const flushBeforeUnload = () => {
      const pending = waiting.current;
      if (pending === null) return;
      waiting.current = null;
      const extras = { throughputSource: pending.draft.source, catalogPicks: pending.draft.picks };
      const committed = putScenarioBeforeUnload(getDb(), latestRow.current, pending.input, extras);
      if (committed === undefined) return write(scenarioId, pending, setState);
      // Dexie does not see a raw put, so its live queries would keep serving the row from before it; a page
      // that was only hidden writes the same input again through Dexie, which tells them.
      committed.then(
        () => write(scenarioId, pending, setState),
        (error: unknown) => setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flushBeforeUnload();
    };
    window.addEventListener("pagehide", flushBeforeUnload);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flushBeforeUnload);
      document.removeEventListener("visibilitychange", onVisibility);
      // Leaving the scenario inside the page: the ordinary write has time to finish.
      const pending = waiting.current;
      waiting.current = null;
      if (pending) write(scenarioId, pending, setState);
    };
  }, [scenarioId]);
  return state;
}

function write(scenarioId: string, pending: Waiting, setState: (state: SaveState) => void): void {
  saveScenarioInput(getDb(), scenarioId, pending.input, { throughputSource: pending.draft.source, catalogPicks: pending.draft.picks }).then(
    () => setState({ kind: "saved", at: new Date().toISOString() }),
    (error: unknown) => setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
}
