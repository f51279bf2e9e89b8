import { useCallback, useState } from "react";
import type { ScenarioInput } from "../../../shared/tco";
import type { CatalogPicks, StoredScenario, ThroughputSource } from "../../db/db";
import { editableFromStored, setAtPath } from "./editing";

export type Draft = {
  input: ScenarioInput;
  source: ThroughputSource;
  picks: CatalogPicks;
  /** Counts the user's edits; 0 means as loaded, so opening a scenario never writes it. */
  revision: number;
};

/** The scenario being edited: loaded once from its row, then owned by the form until another is opened. */
export function useScenarioDraft(row: StoredScenario) {
  const [draft, setDraft] = useState<Draft>(() => ({
    input: editableFromStored(row.input).input,
    source: row.throughputSource ?? { kind: "typed" },
    picks: row.catalogPicks ?? {},
    revision: 0,
  }));
  const setField = useCallback((path: string, value: unknown) => {
    setDraft((current) => ({ ...current, input: setAtPath(current.input, path, value), revision: current.revision + 1 }));
  }, []);
  const replace = useCallback((input: ScenarioInput, source?: ThroughputSource) => {
    setDraft((current) => ({ ...current, input, source: source ?? current.source, revision: current.revision + 1 }));
  }, []);
  /** A catalog pick: the numbers it filled and which entry it was. */
  const pick = useCallback((input: ScenarioInput, picks: CatalogPicks) => {
    setDraft((current) => ({ ...current, input, picks: { ...current.picks, ...picks }, revision: current.revision + 1 }));
  }, []);
  return { draft, setField, replace, pick };
}
