import type { ApiClientError } from "../../api/ApiClientError";

export function ErrorNotice({ error, onRetry }: { error: ApiClientError | Error; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
