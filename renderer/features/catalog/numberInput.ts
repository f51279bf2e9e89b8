// Reading what a user typed into a number box (a price, VRAM, bandwidth). Messages name the field,
// its unit and an example, because "invalid input" leaves them guessing what to type.

export type NumberRead = { ok: true; value: number | null } | { ok: false; error: string };

export type NumberRule = {
  /** How the message names the box: "Input price", "VRAM". */
  name: string;
  /** What the number counts, as the message says it: "USD per 1M tokens", "GB". */
  unit: string;
  /** A plausible value, shown when the box is required and empty. */
  example: string;
  /** Empty means "none" (null) when false. */
  required: boolean;
  /** Zero refused too (a GPU with 0 GB of memory is a typo). Defaults to false: zero is allowed. */
  positive?: boolean;
};

// "30,000" is how people write a GPU price; only grouping commas are forgiven, so "0,95" stays an error.
const GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Parses a number box; a leading "$", surrounding spaces and thousands separators are forgiven. */
export function readNumberText(text: string, rule: NumberRule): NumberRead {
  const trimmed = text.trim().replace(/^\$\s*/, "");
  const cleaned = GROUPED_NUMBER.test(trimmed) ? trimmed.replaceAll(",", "") : trimmed;
  if (cleaned === "") {
    return rule.required ? { ok: false, error: `${rule.name} is required: enter ${rule.unit}, e.g. ${rule.example}` } : { ok: true, value: null };
  }
  const value = Number(cleaned);
  // Number("1e999") is Infinity: not a figure anyone typed.
  const tooSmall = rule.positive === true ? value <= 0 : value < 0;
  if (!Number.isFinite(value) || tooSmall) {
    const hint = rule.required ? "" : ", or leave it empty when there is none";
    return { ok: false, error: `${rule.name} must be a number ${rule.positive === true ? "> 0" : "≥ 0"} (${rule.unit})${hint}` };
  }
  return { ok: true, value };
}
