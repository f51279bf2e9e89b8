import type { SaveState } from "./useAutosave";

function time(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === "saved"
      ? `Saved in this browser · ${time(state.at)}`
      : state.kind === "pending"
        ? "Saving…"
        : state.kind === "invalid"
          ? `Not saved: ${state.count} field${state.count === 1 ? "" : "s"} to fix`
          : `Not saved: ${state.message}`;
  return (
    <p className={`save-status save-${state.kind}`} data-testid="save-status" data-state={state.kind}>
      {text}
    </p>
  );
}
