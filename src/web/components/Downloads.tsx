/** "Download CSV" / "Download Excel": the API request behind a table or chart, with format=csv|xlsx. */
import { exportUrl, type Params } from "../api.js";
import { t } from "../text.js";

export function Downloads({ path, params, label }: { path: string; params: Params; label: string }) {
  return (
    <p className="utrecht-button-group vsv-downloads vsv-no-print" aria-label={`${t.download.label}: ${label}`} role="group">
      <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={exportUrl(path, params, "csv")} download>
        {t.download.csv}<span className="vsv-visually-hidden"> ({label})</span>
      </a>
      <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={exportUrl(path, params, "xlsx")} download>
        {t.download.xlsx}<span className="vsv-visually-hidden"> ({label})</span>
      </a>
    </p>
  );
}
