import { z } from "zod";

// Zod building blocks shared by the vendor-price and GPU catalogs, so both files
// accept and refuse the same things (a date is always YYYY-MM-DD, a price never negative).

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE_PATTERN.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  // Date rolls 02-30 over to 03-02; comparing back catches it.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

// params.showValue asks the error formatter to quote what the field held.
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD", params: { showValue: true } });
export const nonEmptyTextSchema = z.string().trim().min(1);
export const nonNegativeNumberSchema = z.number().nonnegative();
export const positiveNumberSchema = z.number().positive();

/** Plain JSON object (not an array, not null): what every catalog file must start with. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How a value reads in an error message: short, JSON-like, "nothing" when absent. */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
