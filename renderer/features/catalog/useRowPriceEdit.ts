// The in-row price editor's state, for vendor prices and GPU quotes alike: read the draft, refuse it with
// per-field messages, save only what changed, and close once saved (or at once when nothing changed).
import { useState, type FormEvent } from "react";

export type RowDraftRead<D, V> = { ok: true; value: V } | { ok: false; errors: Partial<Record<keyof D, string>> };

export type RowPriceEditOptions<D, V, F extends object> = {
  initial: () => D;
  read: (draft: D) => RowDraftRead<D, V>;
  /** Only the figures that differ from the row's: an empty object saves nothing. */
  changed: (value: V) => F;
  /** Resolves true once saved. */
  onSave: (fields: F) => Promise<boolean>;
  onCancel: () => void;
};

export function useRowPriceEdit<D, V, F extends object>({ initial, read, changed, onSave, onCancel }: RowPriceEditOptions<D, V, F>) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof D, string>>>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = read(draft);
    if (!result.ok) return setErrors(result.errors);
    const fields = changed(result.value);
    if (Object.keys(fields).length === 0) return onCancel();
    setSaving(true);
    const saved = await onSave(fields);
    setSaving(false);
    if (saved) onCancel();
  }

  const setField = (key: keyof D, value: string) => setDraft({ ...draft, [key]: value });
  return { draft, errors, saving, submit, setField };
}
