import { useHashRoute } from "../../app/useHashRoute";
import { getDb } from "../../db/db";
import { createScenario, useScenarios } from "../../db/scenariosRepo";
import { ScenarioBar } from "./ScenarioBar";
import { ScenarioEditor } from "./ScenarioEditor";

// The open scenario's id lives in the address (#/tco/<id>), so a reload or a bookmark reopens it.
function openScenario(id: string) {
  window.location.hash = `#/tco/${id}`;
}

export function TcoPage() {
  const scenarios = useScenarios();
  const requestedId = useHashRoute("tco").split("/")[1];
  const selected = scenarios?.find((row) => row.id === requestedId) ?? scenarios?.[0];
  return (
    <section aria-labelledby="tco-title" className="tco-page" data-requested={requestedId}>
      <header className="page-head">
        <div>
          <h1 id="tco-title">TCO &amp; payback</h1>
          <p className="muted small">
            Stay on the vendor API, or distill into a local ~7B model and host it: 36 months of both, month by month. Scenarios are kept in this browser.
          </p>
        </div>
      </header>
      {scenarios === undefined && <p className="muted">Opening saved scenarios…</p>}
      {scenarios !== undefined && <ScenarioBar scenarios={scenarios} selected={selected} onOpen={openScenario} />}
      {scenarios?.length === 0 && (
        <div className="empty-state" data-testid="no-scenarios">
          <p>No scenarios yet. A new one starts from sourced defaults (a Haiku-class workload on RTX 4090s) for you to replace with your own numbers.</p>
          <button type="button" className="primary" onClick={() => createScenario(getDb()).then((row) => openScenario(row.id))}>
            Create the first scenario
          </button>
        </div>
      )}
      {selected && <ScenarioEditor key={selected.id} row={selected} />}
    </section>
  );
}
