import type { z } from "zod";
import { describeJsonValue, isJsonObject } from "./catalogFields";

// Turns a zod verdict on a catalog file into one message a person editing the JSON can act on:
// which entry (by its id), which field, what it must hold, and what it held instead.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Field name (or dotted path such as "purchaseUsd.low") → what it must hold, e.g. "a number ≥ 0". */
export type FieldExpectations = Readonly<Record<string, string>>;

type CatalogParseOptions = {
  /** Shown in whole-file errors, e.g. "vendor price catalog". */
  catalogName: string;
  schemaVersion: number;
  expectations: FieldExpectations;
  /** The top-level fields, for the "not an object" message. Defaults to "schemaVersion, catalogDate and entries". */
  topLevelFields?: string;
  /** How messages name an entry of the user's "added" list. Defaults to "Added model". */
  addedNoun?: string;
};

type Issue = z.ZodError["issues"][number];
type PathKey = Issue["path"][number];

// Past a handful the list stops helping; the count tells the user how much is left.
const MAX_LISTED_PROBLEMS = 5;

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

// Lists whose items are named by their id in messages; "added" holds a user's own entries.
const ENTRY_LISTS: Readonly<Record<string, string>> = { entries: "Entry", added: "Added model" };

function entryName(root: unknown, list: string, index: number, addedNoun?: string): string {
  const id = valueAt(root, [list, index, "id"]);
  const noun = (list === "added" ? addedNoun : undefined) ?? ENTRY_LISTS[list] ?? "Entry";
  return typeof id === "string" && id.trim() !== "" ? `${noun} '${id}'` : `${noun} #${index + 1}`;
}

function describeIssue(root: unknown, issue: Issue, options: CatalogParseOptions): string {
  const path = issue.path;
  const expectations = options.expectations;
  const inEntry = typeof path[0] === "string" && path[0] in ENTRY_LISTS && typeof path[1] === "number";
  const fileName = options.catalogName.charAt(0).toUpperCase() + options.catalogName.slice(1);
  const where = inEntry ? entryName(root, path[0] as string, path[1] as number, options.addedNoun) : fileName;
  const fieldPath = (inEntry ? path.slice(2) : path).map(String).join(".");

  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `'${key}'`).join(", ");
    const place = fieldPath === "" ? "" : ` in ${fieldPath}`;
    return `${where}: unknown field ${keys}${place} (check the spelling; unknown fields are refused so a typo is not silently ignored)`;
  }
  const value = valueAt(root, path);
  if (issue.code === "custom") {
    const shown = issue.params?.showValue === true ? ` (got ${describeJsonValue(value)})` : "";
    return `${where}: ${fieldPath === "" ? "" : `${fieldPath} `}${issue.message}${shown}`;
  }

  const expected = expectations[fieldPath] ?? expectations[String(path[path.length - 1])] ?? issue.message;
  const got = value === undefined ? "missing" : `got ${describeJsonValue(value)}`;
  return `${where}: ${fieldPath === "" ? "the file" : fieldPath} must be ${expected} (${got})`;
}

/** Validates a parsed catalog file; every problem message names the entry and the field. */
export function parseCatalogJson<T>(json: unknown, schema: z.ZodType<T>, options: CatalogParseOptions): ParseResult<T> {
  if (!isJsonObject(json)) {
    return {
      ok: false,
      error: `The ${options.catalogName} must be a JSON object with ${options.topLevelFields ?? "schemaVersion, catalogDate and entries"} (got ${describeJsonValue(json)}).`,
    };
  }
  const version = json.schemaVersion;
  if (typeof version === "number" && version > options.schemaVersion) {
    // A newer app wrote this file; guessing at its fields could show wrong prices.
    return {
      ok: false,
      error: `The ${options.catalogName} has schemaVersion ${version}, newer than this version of Breakeven reads (${options.schemaVersion}): update Breakeven to use it.`,
    };
  }
  const result = schema.safeParse(json);
  const duplicates = duplicateIdProblems(json);
  if (result.success && duplicates.length === 0) return { ok: true, value: result.data };

  const issues = result.success ? [] : result.error.issues;
  const problems = [...issues.map((issue) => describeIssue(json, issue, options)), ...duplicates];
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  return { ok: false, error: listed.join("\n") + (more > 0 ? `\n(and ${more} more problem${more === 1 ? "" : "s"})` : "") };
}

// Checked on the raw JSON rather than in a zod refinement, which zod skips while any
// other field is invalid: the user should see every problem in one pass.
function duplicateIdProblems(root: Record<string, unknown>): string[] {
  const entries = root.entries;
  if (!Array.isArray(entries)) return [];
  const seen = new Set<string>();
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    const id = valueAt(entry, ["id"]);
    if (typeof id !== "string" || id.trim() === "") return;
    if (seen.has(id)) problems.push(`${entryName(root, "entries", index)}: id '${id}' is used by more than one entry; ids must be unique`);
    seen.add(id);
  });
  return problems;
}
