/** Loading and error states shared by every page. */
import { ApiError } from "../api.js";
import { t } from "../text.js";

export function Loading() {
  return (
    <p className="utrecht-paragraph vsv-loading" role="status">
      {t.loading}
    </p>
  );
}

export function ErrorBox({ error }: { error: Error }) {
  const detail = error instanceof ApiError ? `${error.problem.status} ${error.problem.title}${error.problem.detail ? `: ${error.problem.detail}` : ""}` : error.message;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph"><strong>{t.errorTitle}</strong></p>
          <p className="utrecht-paragraph">{detail}</p>
        </div>
      </div>
    </div>
  );
}
