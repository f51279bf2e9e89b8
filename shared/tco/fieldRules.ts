import { z } from "zod";

// Builds zod number fields whose messages say which field, what is allowed and what was typed,
// so the form can show them as they are: "Prompt-cache share must be between 0% and 100% (got 120%)."

export type NumberRule = {
  /** As the user sees the field; units go in the label, e.g. "Prompt speed (tokens/s)". */
  label: string;
  min?: number;
  /** The value must be above min rather than at or above it. */
  minExclusive?: boolean;
  max?: number;
  wholeNumber?: boolean;
  /** Shares are stored as fractions and shown as percentages. */
  display?: "share" | "plain";
  /** Why the bound is there, when the bound alone would puzzle a user. */
  hint?: string;
};

export function numberField(rule: NumberRule) {
  return z
    .number({ error: (issue) => `${rule.label} must be ${describeExpected(rule)}${hintOf(rule)} (got ${describeInput(issue.input)}).` })
    .superRefine((value, ctx) => {
      const message = checkNumber(rule, value);
      if (message !== undefined) ctx.addIssue({ code: "custom", message });
    });
}

/** A fraction from 0 to 1, shown as 0% to 100%. */
export function shareField(label: string) {
  return numberField({ label, min: 0, max: 1, display: "share" });
}

export function nonNegativeField(label: string) {
  return numberField({ label, min: 0 });
}

export function positiveField(label: string) {
  return numberField({ label, min: 0, minExclusive: true });
}

export function checkNumber(rule: NumberRule, value: number): string | undefined {
  const tooLow = rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min);
  const tooHigh = rule.max !== undefined && value > rule.max;
  const notWhole = rule.wholeNumber === true && !Number.isInteger(value);
  if (!tooLow && !tooHigh && !notWhole) return undefined;
  return `${rule.label} must be ${describeBounds(rule, formatterOf(rule))}${hintOf(rule)} (got ${formatterOf(rule)(value)}).`;
}

const formatterOf = (rule: NumberRule) => (rule.display === "share" ? formatPercent : formatPlain);
const hintOf = (rule: NumberRule) => (rule.hint === undefined ? "" : `: ${rule.hint}`);

/** For input that is not a number at all (NaN, Infinity, text, nothing): say it must be one, and which. */
function describeExpected(rule: NumberRule): string {
  if (rule.min === undefined && rule.max === undefined) return rule.wholeNumber ? "a whole number" : "a number";
  const bounds = describeBounds(rule, formatterOf(rule));
  if (rule.wholeNumber) return bounds;
  return bounds === "zero or more" ? "a number, zero or more" : `a number ${bounds}`;
}

function describeBounds(rule: NumberRule, format: (value: number) => string): string {
  const prefix = rule.wholeNumber ? "a whole number " : "";
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) {
    if (rule.minExclusive) return `${prefix}more than ${format(min)} and at most ${format(max)}`;
    return rule.wholeNumber ? `${prefix}from ${format(min)} to ${format(max)}` : `between ${format(min)} and ${format(max)}`;
  }
  if (min !== undefined) {
    if (rule.minExclusive) return `${prefix}more than ${format(min)}`;
    if (min === 0) return rule.wholeNumber ? "a whole number, zero or more" : "zero or more";
    return `${prefix}at least ${format(min)}`;
  }
  if (max !== undefined) return `${prefix}at most ${format(max)}`;
  return "a whole number";
}

export function formatPercent(share: number): string {
  // toFixed then Number drops float noise such as 120.00000000000001 and trailing zeros.
  return Number.isFinite(share) ? `${Number((share * 100).toFixed(2))}%` : String(share);
}

export function formatPlain(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(value);
}

function describeInput(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (typeof input === "number") return String(input);
  if (typeof input === "string") return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return `a ${Array.isArray(input) ? "list" : typeof input}`;
}
