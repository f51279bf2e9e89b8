// Command-line parsing in llama-bench's style, so its users' muscle memory works: short flags
// with one dash (-p, -ngl, -fa), long aliases (--n-prompt), comma-separated sweeps, and a flag
// given twice meaning both values. Each command declares its flags once; help is generated from
// the same table, so a flag cannot be parsed without being documented.

/** A mistake in how the command was called: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export type FlagDef = {
  /** Short and long spellings, e.g. ["-p", "--n-prompt"]. */
  names: readonly string[];
  /** Key in the parsed result. */
  key: string;
  /** Placeholder in help, e.g. "<n>"; absent for switches that take no value. */
  value?: string;
  help: string;
  /** Shown as "(default: …)". */
  defaultText?: string;
};

export type ParsedFlags = {
  /** Every value given per key, in order; switches get "true". */
  values: Map<string, string[]>;
  positionals: string[];
};

/**
 * Splits argv into flag values and positionals. `--name=value` and `--name value` both work; in
 * long names `_` and `-` are the same, as in llama-bench. `unsupported` maps llama-bench flags
 * Breakeven does not implement to an explanation, so users learn why rather than "unknown".
 */
export function parseFlags(
  argv: readonly string[],
  defs: readonly FlagDef[],
  context: { command: string; unsupported?: Readonly<Record<string, string>> },
): ParsedFlags {
  const byName = new Map<string, FlagDef>();
  for (const def of defs) for (const name of def.names) byName.set(name, def);
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-" || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const rawName = eq === -1 ? arg : arg.slice(0, eq);
    const name = rawName.startsWith("--") ? rawName.replaceAll("_", "-") : rawName;
    const def = byName.get(name);
    if (!def) {
      const why = context.unsupported?.[name];
      if (why) throw new UsageError(`${name}: ${why}`);
      throw new UsageError(`Unknown option '${rawName}' for 'breakeven ${context.command}'. See 'breakeven ${context.command} --help'.`);
    }
    let value: string;
    if (def.value === undefined) {
      if (eq !== -1) throw new UsageError(`${name} takes no value (got '${arg.slice(eq + 1)}')`);
      value = "true";
    } else if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[index + 1];
      if (next === undefined) throw new UsageError(`${name} needs a value ${def.value}`);
      value = next;
      index++;
    }
    const list = values.get(def.key) ?? [];
    list.push(value);
    values.set(def.key, list);
  }
  return { values, positionals };
}

/** The single value of a flag; a flag that takes one value may not be given twice. */
export function single(parsed: ParsedFlags, key: string, flag: string): string | undefined {
  const list = parsed.values.get(key);
  if (!list) return undefined;
  if (list.length > 1) throw new UsageError(`${flag} was given ${list.length} times; give it once`);
  return list[0];
}

export function has(parsed: ParsedFlags, key: string): boolean {
  return parsed.values.has(key);
}

export type IntRule = { min: number; what: string };
const POSITIVE: IntRule = { min: 1, what: "positive integers" };
const NON_NEGATIVE: IntRule = { min: 0, what: "non-negative integers" };

function parseIntStrict(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return Number.isSafeInteger(value) ? value : null;
}

export function intList(parsed: ParsedFlags, key: string, flag: string, rule: IntRule): number[] | undefined {
  const raws = parsed.values.get(key);
  if (!raws) return undefined;
  const out: number[] = [];
  for (const raw of raws) {
    const items = raw.split(",");
    const numbers = items.map(parseIntStrict);
    if (raw.trim() === "" || numbers.some((n) => n === null || n < rule.min)) {
      throw new UsageError(`${flag} must be a comma-separated list of ${rule.what} (got '${raw}')`);
    }
    out.push(...(numbers as number[]));
  }
  return out;
}

export function positiveIntList(parsed: ParsedFlags, key: string, flag: string): number[] | undefined {
  return intList(parsed, key, flag, POSITIVE);
}

export function nonNegativeIntList(parsed: ParsedFlags, key: string, flag: string): number[] | undefined {
  return intList(parsed, key, flag, NON_NEGATIVE);
}

export function positiveInt(parsed: ParsedFlags, key: string, flag: string): number | undefined {
  const raw = single(parsed, key, flag);
  if (raw === undefined) return undefined;
  const value = parseIntStrict(raw);
  if (value === null || value < 1) throw new UsageError(`${flag} must be a positive integer (got '${raw}')`);
  return value;
}

export function nonNegativeInt(parsed: ParsedFlags, key: string, flag: string): number | undefined {
  const raw = single(parsed, key, flag);
  if (raw === undefined) return undefined;
  const value = parseIntStrict(raw);
  if (value === null) throw new UsageError(`${flag} must be a non-negative integer (got '${raw}')`);
  return value;
}

const TRUE_WORDS = new Set(["1", "on", "true", "yes"]);
const FALSE_WORDS = new Set(["0", "off", "false", "no"]);

/** llama-bench's `-fa 0,1` (it also accepts on/off). */
export function boolList(parsed: ParsedFlags, key: string, flag: string): boolean[] | undefined {
  const raws = parsed.values.get(key);
  if (!raws) return undefined;
  return raws.flatMap((raw) =>
    raw.split(",").map((item) => {
      const word = item.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      const hint = word === "auto" ? "; Breakeven records an explicit choice, so pick 0 or 1" : "";
      throw new UsageError(`${flag} must be a comma-separated list of 0 and 1 (or on, off) (got '${raw}')${hint}`);
    }),
  );
}

export function oneOf<T extends string>(parsed: ParsedFlags, key: string, flag: string, allowed: readonly T[]): T | undefined {
  const raw = single(parsed, key, flag);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got '${raw}')`);
  }
  return raw as T;
}

/** llama-bench's `-pg <pp,tg>`: one pair per flag, repeat the flag for more pairs. */
export function pairList(parsed: ParsedFlags, key: string, flag: string): [number, number][] | undefined {
  const raws = parsed.values.get(key);
  if (!raws) return undefined;
  return raws.map((raw) => {
    const parts = raw.split(",").map(parseIntStrict);
    if (parts.length !== 2 || parts.some((n) => n === null || n < 1)) {
      throw new UsageError(`${flag} must be two positive integers as pp,tg, e.g. 512,128 (got '${raw}'); repeat ${flag} for more pairs`);
    }
    return [parts[0] as number, parts[1] as number];
  });
}

export function requirePositional(parsed: ParsedFlags, what: string, command: string): string {
  if (parsed.positionals.length === 0) throw new UsageError(`breakeven ${command} needs ${what}. See 'breakeven ${command} --help'.`);
  if (parsed.positionals.length > 1) {
    throw new UsageError(`breakeven ${command} takes one ${what} (got ${parsed.positionals.map((p) => `'${p}'`).join(", ")})`);
  }
  return parsed.positionals[0];
}

export function refusePositionals(parsed: ParsedFlags, command: string): void {
  if (parsed.positionals.length > 0) {
    throw new UsageError(`breakeven ${command} takes no arguments (got '${parsed.positionals.join(" ")}'). See 'breakeven ${command} --help'.`);
  }
}
