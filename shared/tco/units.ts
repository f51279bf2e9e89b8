// One calendar month as cloud providers bill it (8,760 hours ÷ 12), so rent, power and load all use the same month.
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
export const MONTHS_PER_YEAR = 12;
export const TOKENS_PER_MILLION = 1_000_000;
export const WATTS_PER_KILOWATT = 1000;
/** The article's window for a valid cost comparison. */
export const TCO_WINDOW_MONTHS = 36;
/** The article's limit on payback, counted from cutover. */
export const PAYBACK_LIMIT_MONTHS = 12;
/** The article's shortest fallback period: 90 days after cutover, which 3 months of 730 hours cover. */
export const MIN_FALLBACK_MONTHS = 3;
/** The article's range for a distillation project, from its start to production cutover. */
export const DISTILLATION_MONTHS_MIN = 3;
export const DISTILLATION_MONTHS_MAX = 9;
