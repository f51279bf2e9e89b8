// Errors cross every process boundary (worker -> main -> IPC/HTTP -> renderer) as plain data,
// so the UI can branch on a stable code and show a message the user can act on.

export const API_ERROR_CODES = [
  "BAD_REQUEST",
  "UNKNOWN_METHOD",
  "UNAUTHORIZED",
  "FILE_NOT_FOUND",
  "MODEL_INVALID",
  "WONT_FIT",
  "WORKER_CRASHED",
  "CANCELLED",
  "BUSY",
  "UNAVAILABLE",
  "INTERNAL",
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiError = { code: ApiErrorCode; message: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services; the dispatcher turns it into an ApiError without a stack trace. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = "ApiFailure";
    this.code = code;
  }
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.message === "string" &&
    typeof candidate.code === "string" &&
    (API_ERROR_CODES as readonly string[]).includes(candidate.code)
  );
}
