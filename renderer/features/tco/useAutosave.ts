import { useEffect, useRef, useState } from "react";
import type { ValidationResult } from "../../../shared/tco";
import { getDb } from "../../db/db";
import { saveScenarioInput } from "../../db/scenariosRepo";
import type { Draft } from "./useScenarioDraft";

export type SaveState =
  | { kind: "saved"; at: string }
  | { kind: "pending" }
  | { kind: "invalid"; count: number }
  | { kind: "failed"; message: string };

const DEBOUNCE_MS = 300;

/**
 * Writes the draft to IndexedDB 300 ms after the last valid edit, so a slider drag is one write, not fifty.
 * An invalid draft is not written (the stored scenario stays the last valid one); leaving the scenario
 * with a write still waiting writes it at once.
 */
export function useAutosave(scenarioId: string, draft: Draft, checked: ValidationResult, loadedAt: string): SaveState {
  const [state, setState] = useState<SaveState>({ kind: "saved", at: loadedAt });
  const waiting = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (draft.revision === 0) return;
    if (!checked.ok) {
      waiting.current = null;
      setState({ kind: "invalid", count: checked.issues.length });
      return;
    }
    const write = () => {
      waiting.current = null;
      saveScenarioInput(getDb(), scenarioId, checked.value, { throughputSource: draft.source, catalogPicks: draft.picks }).then(
        () => setState({ kind: "saved", at: new Date().toISOString() }),
        (error: unknown) => setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
      );
    };
    waiting.current = write;
    setState({ kind: "pending" });
    const timer = setTimeout(write, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [scenarioId, draft, checked]);

  // On unmount only: a write that was still waiting happens now instead of being lost.
  useEffect(() => () => waiting.current?.(), []);
  return state;
}
