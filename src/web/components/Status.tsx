/** Loading and error states shared by every page. */
import { ApiError } from "../api/client.js";
import { t } from "../text.js";

export function Loading() {
  return (
    <p className="utrecht-paragraph vsv-loading" role="status">
      {t.loading}
    </p>
  );
}

/** An error of a request: its message is already Dutch (api/problem.ts); other errors get the generic words. */
export function ErrorBox({ error }: { error: Error }) {
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph"><strong>{t.errorTitle}</strong></p>
          <p className="utrecht-paragraph">{errorText(error)}</p>
        </div>
      </div>
    </div>
  );
}

/** What to show for an error: the ApiError's Dutch message; never a JavaScript error's English text. */
export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : t.unexpectedError;
}
