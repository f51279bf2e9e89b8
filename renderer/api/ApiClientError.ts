import type { ApiErrorCode } from "../../shared/api/errors";

export class ApiClientError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = "ApiClientError";
    this.code = code;
  }
}
