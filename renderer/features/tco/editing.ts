// The form edits a draft that may be invalid for a while (a field being typed, a NaN from an empty box);
// these helpers change it by the same dotted paths validateScenario reports issues on, so an issue
// finds its field without a hand-kept mapping.
import { defaultScenario, validateScenario, type ScenarioInput, type ValidationIssue } from "../../../shared/tco";

/** A copy of root with the value at a dotted path ("throughput.concurrencyCurve.2.parallelSequences") replaced. */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const container = root as unknown as Record<string, unknown> | unknown[];
  const current = (container as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : setAtPath(current ?? {}, rest.join("."), value);
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[Number(head)] = next;
    return copy as unknown as T;
  }
  const copy: Record<string, unknown> = { ...container, [head]: next };
  // An optional field cleared in the form is removed, not stored as undefined.
  if (next === undefined) delete copy[head];
  return copy as T;
}

export function getAtPath(root: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node === null || typeof node !== "object" ? undefined : (node as Record<string, unknown>)[key]), root);
}

/** First message per path, for inline display under each field. */
export function issuesByPath(issues: readonly ValidationIssue[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const issue of issues) if (!map.has(issue.path)) map.set(issue.path, issue.message);
  return map;
}

export type EditableScenario = { input: ScenarioInput; issues: ValidationIssue[] };

/**
 * Opens a stored input for editing. A valid one comes back with its defaults filled. An invalid one (an
 * older save, a hand-edited file) keeps every value it has, laid over the defaults section by section,
 * so the form can show each bad field with its message instead of refusing to open.
 */
export function editableFromStored(raw: unknown): EditableScenario {
  const checked = validateScenario(raw);
  if (checked.ok) return { input: checked.value, issues: [] };
  const defaults = defaultScenario();
  const stored = isObject(raw) ? raw : {};
  const merged = { ...defaults } as Record<string, unknown>;
  for (const section of Object.keys(defaults) as (keyof ScenarioInput)[]) {
    const part = stored[section];
    if (isObject(part)) merged[section] = { ...defaults[section], ...part };
  }
  const selfHost = merged.selfHost as Record<string, unknown>;
  const hardware = isObject(stored.selfHost) && isObject(stored.selfHost.hardware) ? stored.selfHost.hardware : undefined;
  const defaultHardware = defaults.selfHost.hardware as Record<string, unknown>;
  selfHost.hardware = hardware?.kind === "rented" || hardware?.kind === "bought" ? hardware : { ...defaultHardware };
  selfHost.power = { ...defaults.selfHost.power, ...(isObject(selfHost.power) ? selfHost.power : {}) };
  const input = merged as unknown as ScenarioInput;
  const recheck = validateScenario(input);
  return { input, issues: recheck.ok ? [] : recheck.issues };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
