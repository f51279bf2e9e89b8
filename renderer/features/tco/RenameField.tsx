import { useState } from "react";
import { getDb, type StoredScenario } from "../../db/db";
import { renameScenario } from "../../db/scenariosRepo";

/** The scenario's name, renamed on Enter or when the box loses focus; an empty name is refused and undone. */
export function RenameField({ row, onError }: { row: StoredScenario; onError: (message: string) => void }) {
  const [text, setText] = useState(row.name);
  const commit = () => {
    if (text.trim() === row.name) return setText(row.name);
    renameScenario(getDb(), row.id, text).catch((error: unknown) => {
      setText(row.name);
      onError(error instanceof Error ? error.message : String(error));
    });
  };
  return (
    <label className="scenario-name">
      Name
      <input
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.currentTarget.blur();
          if (event.key === "Escape") setText(row.name);
        }}
        data-testid="scenario-name"
      />
    </label>
  );
}
