/**
 * The downloads of a table or chart: the API request behind it with format=csv (for Excel and LibreOffice set to
 * Dutch), format=csv-machine (for scripts) or format=xlsx (docs/api.md "Downloads (CSV en Excel)").
 */
import { apiUrl, type Params } from "../api.js";
import { t } from "../text.js";

// The link texts (Dutch, as every text a user sees); src/web/text.ts's t.download keeps the group's label.
const FORMATS = [
  { format: "csv", text: "Download CSV (Excel)", hint: "puntkomma's en decimale komma's, opent in Excel en LibreOffice" },
  { format: "csv-machine", text: "Download CSV (machineleesbaar)", hint: "komma's, decimale punten en de veldnamen van de API, voor scripts" },
  { format: "xlsx", text: "Download Excel", hint: "Excel-bestand met een blad Toelichting" },
] as const;

export function Downloads({ path, params, label }: { path: string; params: Params; label: string }) {
  return (
    <p className="utrecht-button-group vsv-downloads vsv-no-print" aria-label={`${t.download.label}: ${label}`} role="group">
      {FORMATS.map((f) => (
        <a
          key={f.format}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={apiUrl(path, { ...params, format: f.format })}
          title={f.hint}
          download
        >
          {f.text}
          <span className="vsv-visually-hidden"> ({label})</span>
        </a>
      ))}
    </p>
  );
}
