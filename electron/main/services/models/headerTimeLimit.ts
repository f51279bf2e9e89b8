// Reading a GGUF header takes milliseconds even for a 7B file; a corrupt one that claims vast
// metadata can keep the parser busy for minutes. models.inspect and bench.run both stop the worker
// after this long, with one message.
import { ApiFailure } from "../../../../shared/api/errors";

export const HEADER_TIME_LIMIT_MS = 30_000;

export function headerTooSlow(path: string, limitMs: number = HEADER_TIME_LIMIT_MS): ApiFailure {
  return new ApiFailure(
    "MODEL_INVALID",
    `Reading the header of ${path} took longer than ${limitMs / 1000} s, so it was stopped: the header is probably corrupt (it claims far more metadata than a model has).`,
  );
}
