import { useRef, useState } from "react";
import type { StoredScenario } from "../../db/db";
import { getDb } from "../../db/db";
import { createScenario, deleteScenario, duplicateScenario, exportScenario, importScenario, scenarioFileName } from "../../db/scenariosRepo";
import { RenameField } from "./RenameField";
import { downloadJson } from "../../components/ui/downloadJson";
import { readPickedFile } from "./scenarioFileTransfer";

type Message = { tone: "info" | "error"; text: string };

type Props = { scenarios: StoredScenario[]; selected: StoredScenario | undefined; onOpen: (id: string) => void };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Pick, name, copy, remove, export and import scenarios; each action says what it did or why it could not. */
export function ScenarioBar({ scenarios, selected, onOpen }: Props) {
  const [message, setMessage] = useState<Message>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (action: () => Promise<Message | undefined>) => {
    setConfirmingDelete(false);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error) });
    }
  };
  const create = () => run(async () => (onOpen((await createScenario(getDb())).id), undefined));
  const duplicate = (row: StoredScenario) => run(async () => {
    const copy = await duplicateScenario(getDb(), row.id);
    onOpen(copy.id);
    return { tone: "info", text: `Copied as “${copy.name}”.` };
  });
  const remove = (row: StoredScenario) => run(async () => {
    await deleteScenario(getDb(), row.id);
    const next = scenarios.find((candidate) => candidate.id !== row.id);
    if (next) onOpen(next.id);
    return { tone: "info", text: `Deleted “${row.name}”.` };
  });
  const exportRow = (row: StoredScenario) => run(async () => {
    downloadJson(scenarioFileName(row.name), exportScenario(row));
    return { tone: "info", text: `Exported “${row.name}” as ${scenarioFileName(row.name)}.` };
  });
  const importFile = (file: File) => run(async () => {
    const result = await importScenario(getDb(), await readPickedFile(file));
    if (!result.ok) return { tone: "error", text: `${file.name} was not imported. ${result.message}` };
    onOpen(result.row.id);
    return { tone: "info", text: `Imported ${file.name} as “${result.row.name}”, a new scenario.` };
  });

  return (
    <div className="scenario-bar" data-testid="scenario-bar">
      <div className="scenario-bar-row">
        {selected && (
          <label className="scenario-pick">
            Scenario
            <select value={selected.id} onChange={(event) => onOpen(event.target.value)} data-testid="scenario-select">
              {scenarios.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {selected && <RenameField key={selected.id} row={selected} onError={(text) => setMessage({ tone: "error", text })} />}
        <div className="scenario-actions">
          <button type="button" className="primary" onClick={create} data-testid="new-scenario">
            New scenario
          </button>
          {selected && (
            <>
              <button type="button" onClick={() => duplicate(selected)}>Duplicate</button>
              <button type="button" onClick={() => exportRow(selected)} data-testid="export-scenario">Export</button>
            </>
          )}
          <button type="button" onClick={() => fileInput.current?.click()} data-testid="import-scenario">
            Import…
          </button>
          {selected && !confirmingDelete && <button type="button" className="danger" onClick={() => setConfirmingDelete(true)}>Delete</button>}
          {selected && confirmingDelete && (
            <span className="confirm">
              Delete “{selected.name}”?{" "}
              <button type="button" className="danger" onClick={() => remove(selected)}>Delete</button>{" "}
              <button type="button" onClick={() => setConfirmingDelete(false)}>Keep</button>
            </span>
          )}
        </div>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ""; // so picking the same file again fires a change
            if (file) void importFile(file);
          }}
        />
      </div>
      {message && (
        <p className={`notice notice-${message.tone} small scenario-message`} role={message.tone === "error" ? "alert" : "status"} data-testid="scenario-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
