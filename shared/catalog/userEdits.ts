import { z } from "zod";
import { isoDateSchema } from "./catalogFields";

// User edits live apart from a shipped catalog and are laid over it at read time, so an app
// update that rewrites the catalog file can never lose them. Every merged figure keeps the date
// it is true as of: the shipped read date, or the day the user typed it. One mechanism for every
// editable catalog (vendor prices, GPUs); each catalog names its entry type and editable fields.

export const USER_EDITS_SCHEMA_VERSION = 1;

/** Describes one editable catalog to the generic edit functions. */
export type EditableCatalog<E extends { id: string }, F extends keyof E & string> = {
  /** The fields edits may change, in display order. */
  fields: readonly F[];
  /** The field holding the day an entry's figures were read (shipped) or entered (user's own). */
  readOnKey: keyof E & string;
  /** Every field of a plain entry: what survives when merge bookkeeping is stripped. */
  entryKeys: readonly string[];
};

export type PriceOverride<E, F extends keyof E> = {
  editedOn: string;
  fields: Partial<Pick<E, F>>;
  /** Per-field edit days, when fields were edited on different days; editedOn is the latest. */
  editedOnByField?: Partial<Record<F, string>>;
  /** Where the edited figures came from: "entered by hand", or the imported file. */
  source?: string;
  /** The entry as it was when edited: keeps the edit usable if the entry leaves the shipped file. */
  baseline?: E;
};

export type UserEdits<E, F extends keyof E> = {
  schemaVersion: typeof USER_EDITS_SCHEMA_VERSION;
  /** Keyed by entry id. */
  overrides: Record<string, PriceOverride<E, F>>;
  /** Entries the user added; their read-on date is the day they entered the figures. */
  added: E[];
};

/** Zod schemas of one override and of a whole edits document, built from a catalog's own schemas. */
export function userEditsSchemas<Entry extends z.ZodType, Fields extends z.ZodType, FieldName extends z.ZodEnum>(
  entry: Entry,
  fields: Fields,
  fieldNames: FieldName,
) {
  const override = z.strictObject({
    editedOn: isoDateSchema,
    fields,
    editedOnByField: z.partialRecord(fieldNames, isoDateSchema).optional(),
    source: z.string().optional(),
    baseline: entry.optional(),
  });
  const document = z.strictObject({
    schemaVersion: z.literal(USER_EDITS_SCHEMA_VERSION),
    overrides: z.record(z.string(), override),
    added: z.array(entry),
  });
  return { override, document };
}

export type PriceOrigin = "shipped" | "edited" | "user";

export type MergedEntry<E, F extends keyof E> = E & {
  origin: PriceOrigin;
  /** The date to show next to each editable figure. */
  priceDates: Record<F, string>;
  /** The latest of priceDates, for one date per row in compact lists. */
  priceDate: string;
  editedFields: F[];
  /** Where the edited figures came from; null when nothing is edited. */
  editSource: string | null;
  /** The shipped entry behind an edit, to show "shipped: 2.50"; null for the user's own entries. */
  shipped: E | null;
  /** The shipped value of a field the user edited has changed since the edit. */
  shippedChangedSinceEdit: boolean;
  /** The entry left the shipped catalog; it is kept because the user edited it. */
  shippedRemoved: boolean;
};

export type MergedCatalog<E, F extends keyof E> = {
  entries: MergedEntry<E, F>[];
  /** Overrides whose entry is gone from the shipped catalog and that kept no baseline. */
  orphanedOverrideIds: string[];
  /** Shipped ids hidden because a user-added entry has the same id (the user's wins). */
  shadowedShippedIds: string[];
};

function editedFieldsOf<E, F extends keyof E>(catalog: { fields: readonly F[] }, override: PriceOverride<E, F>): F[] {
  return catalog.fields.filter((field) => override.fields[field] !== undefined);
}

// Prices may be numbers or objects (a GPU's typical/low/high figure); compare them as JSON with
// sorted keys, so key order in a stored baseline does not read as a change.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function build<E extends { id: string }, F extends keyof E & string>(
  catalog: EditableCatalog<E, F>,
  base: E,
  origin: PriceOrigin,
  override: PriceOverride<E, F> | undefined,
  shipped: E | null,
  flags: { shippedChangedSinceEdit: boolean; shippedRemoved: boolean },
): MergedEntry<E, F> {
  const editedFields = override === undefined ? [] : editedFieldsOf(catalog, override);
  const merged: E = { ...base, ...(override?.fields ?? {}) };
  const baseDate = String(base[catalog.readOnKey]);
  const priceDates = Object.fromEntries(
    catalog.fields.map((field) => [field, editedFields.includes(field) ? (override!.editedOnByField?.[field] ?? override!.editedOn) : baseDate]),
  ) as Record<F, string>;
  // ISO dates compare correctly as strings.
  const priceDate = Object.values<string>(priceDates).reduce((latest, date) => (date > latest ? date : latest));
  return {
    ...merged,
    origin: origin === "shipped" && editedFields.length > 0 ? "edited" : origin,
    priceDates,
    priceDate,
    editedFields,
    editSource: editedFields.length > 0 ? (override?.source ?? "entered by hand") : null,
    shipped,
    ...flags,
  };
}

function shippedMovedUnderEdit<E extends object, F extends keyof E>(catalog: { fields: readonly F[] }, shipped: E, override: PriceOverride<E, F>): boolean {
  const baseline = override.baseline;
  if (baseline === undefined) return false;
  return editedFieldsOf(catalog, override).some((field) => canonicalJson(baseline[field]) !== canonicalJson(shipped[field]));
}

/** Lays user edits over the shipped catalog: shipped order first, then kept-removed, then the user's own. */
export function mergeUserEdits<E extends { id: string }, F extends keyof E & string>(
  catalog: EditableCatalog<E, F>,
  shipped: readonly E[],
  userEdits: UserEdits<E, F>,
): MergedCatalog<E, F> {
  const userIds = new Set(userEdits.added.map((entry) => entry.id));
  const shippedIds = new Set(shipped.map((entry) => entry.id));
  const entries: MergedEntry<E, F>[] = [];
  const shadowedShippedIds: string[] = [];
  const orphanedOverrideIds: string[] = [];
  const unmoved = { shippedChangedSinceEdit: false, shippedRemoved: false };

  for (const entry of shipped) {
    if (userIds.has(entry.id)) {
      shadowedShippedIds.push(entry.id);
      continue;
    }
    const override = userEdits.overrides[entry.id];
    const moved = override !== undefined && shippedMovedUnderEdit(catalog, entry, override);
    entries.push(build(catalog, entry, "shipped", override, override ? entry : null, { ...unmoved, shippedChangedSinceEdit: moved }));
  }
  for (const [id, override] of Object.entries(userEdits.overrides)) {
    if (shippedIds.has(id) || userIds.has(id)) continue;
    if (override.baseline === undefined) orphanedOverrideIds.push(id);
    else entries.push(build(catalog, override.baseline, "edited", override, null, { ...unmoved, shippedRemoved: true }));
  }
  for (const entry of userEdits.added) {
    entries.push(build(catalog, entry, "user", userEdits.overrides[entry.id], null, unmoved));
  }
  return { entries, orphanedOverrideIds, shadowedShippedIds };
}

/** "Llama 3.1 8B (our vLLM)" → "user-llama-3-1-8b-our-vllm": readable, and never a shipped id. */
export function userEntryId(label: string, fallback: string): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `user-${slug || fallback}`;
}

/** Strips the merge bookkeeping, leaving a plain entry (for baselines and exports). */
export function toPlainEntry<E extends { id: string }>(catalog: { entryKeys: readonly string[] }, entry: E): E {
  const record = entry as Record<string, unknown>;
  return Object.fromEntries(catalog.entryKeys.filter((key) => key in record).map((key) => [key, record[key]])) as E;
}

/**
 * Records edits of one entry (shipped or merged); later edits add to the override and date only
 * the fields they touch. `source` says where the figures came from.
 */
export function setPriceOverride<E extends { id: string }, F extends keyof E & string, D extends UserEdits<E, F>>(
  catalog: EditableCatalog<E, F>,
  edits: D,
  entry: E | MergedEntry<E, F>,
  fields: Partial<Pick<E, F>>,
  editedOn: string,
  source = "entered by hand",
): D {
  const previous = edits.overrides[entry.id];
  const touched = catalog.fields.filter((field) => fields[field] !== undefined);
  const earlierDates = previous === undefined
    ? {}
    : Object.fromEntries(editedFieldsOf(catalog, previous).map((field) => [field, previous.editedOnByField?.[field] ?? previous.editedOn]));
  const shippedBehind = "shipped" in entry && entry.shipped !== null ? (entry.shipped as E) : entry;
  const override: PriceOverride<E, F> = {
    editedOn,
    fields: { ...(previous?.fields ?? {}), ...fields },
    editedOnByField: { ...earlierDates, ...Object.fromEntries(touched.map((field) => [field, editedOn])) } as Partial<Record<F, string>>,
    source: [...new Set([...(previous?.source?.split("; ") ?? []), source])].join("; "),
    // The first baseline is the shipped truth the user disagreed with; keep it.
    baseline: previous?.baseline ?? toPlainEntry(catalog, shippedBehind),
  };
  return { ...edits, overrides: { ...edits.overrides, [entry.id]: override } };
}

/** Drops the user's edits of one entry, so the shipped figures show again. */
export function clearPriceOverride<D extends UserEdits<unknown, never>>(edits: D, id: string): D {
  const { [id]: _dropped, ...rest } = edits.overrides;
  return { ...edits, overrides: rest };
}

/** Adds or replaces one of the user's own entries (same id replaces). */
export function putUserEntry<E extends { id: string }, D extends UserEdits<E, never>>(catalog: { entryKeys: readonly string[] }, edits: D, entry: E): D {
  return { ...edits, added: [...edits.added.filter((existing) => existing.id !== entry.id), toPlainEntry(catalog, entry)] };
}

/** Removes one of the user's own entries and any edits made to it. */
export function removeUserEntry<E extends { id: string }, D extends UserEdits<E, never>>(edits: D, id: string): D {
  const cleared = clearPriceOverride(edits, id);
  return { ...cleared, added: cleared.added.filter((entry) => entry.id !== id) };
}

/**
 * Applies an edit from the Catalog page: shipped entries get a dated override; the user's own
 * entries are rewritten and re-dated, which keeps one date per entry the user typed in.
 */
export function editEntryPrices<E extends { id: string }, F extends keyof E & string, D extends UserEdits<E, F>>(
  catalog: EditableCatalog<E, F>,
  edits: D,
  entry: MergedEntry<E, F>,
  fields: Partial<Pick<E, F>>,
  editedOn: string,
): D {
  if (entry.origin !== "user") return setPriceOverride(catalog, edits, entry, fields, editedOn);
  // entry already carries any imported override; folding it in leaves nothing to clear later.
  const rewritten: E = { ...toPlainEntry<E>(catalog, entry), ...fields, [catalog.readOnKey]: editedOn };
  return putUserEntry(catalog, clearPriceOverride(edits, entry.id), rewritten);
}

/** Lays one edits document over another: where both change the same entry, the incoming one wins. */
export function mergeEditsDocuments<E extends { id: string }, D extends UserEdits<E, never>>(current: D, incoming: D): D {
  const incomingIds = new Set(incoming.added.map((entry) => entry.id));
  return {
    ...current,
    overrides: { ...current.overrides, ...incoming.overrides },
    added: [...current.added.filter((entry) => !incomingIds.has(entry.id)), ...incoming.added],
  };
}
