/**
 * /sturing/rapport: the yearly progress report on vsv as a download (PDF and Excel) for the chosen teljaar,
 * definition and stage, and what it holds. The server makes both files from its public figures.
 */
import { apiUrl } from "../../api.js";
import { Filters } from "../../components/Filters.js";
import { useMeta } from "../../meta.js";
import { useLocation } from "../../router.js";
import { readSelection, selectionParams } from "../../selection.js";
import { t } from "../../text.js";
import { reportText } from "./report-text.js";
import { useTitle } from "../../title.js";

export default function Report() {
  const meta = useMeta();
  const sel = readSelection(meta, useLocation());
  const r = reportText;
  useTitle(r.title);
  const params = selectionParams(sel);
  const what = r.describe(sel.teljaar, t.stage[sel.stage] ?? sel.stage, t.definitionName(sel.definition));
  return (
    <>
      <h1 className="utrecht-heading-1">{r.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{r.lead}</p>
      <Filters meta={meta} sel={sel} />
      <p className="utrecht-paragraph">{what}</p>
      <p className="utrecht-button-group" role="group" aria-label={r.downloads}>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={apiUrl("/steering/report.pdf", params)} download>
          {r.pdf}<span className="vsv-visually-hidden"> ({what})</span>
        </a>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={apiUrl("/steering/report.xlsx", params)} download>
          {r.xlsx}<span className="vsv-visually-hidden"> ({what})</span>
        </a>
      </p>
      <h2 className="utrecht-heading-2">{r.contentsTitle}</h2>
      <ol className="utrecht-ordered-list">
        {r.contents.map((c) => (
          <li key={c} className="utrecht-ordered-list__item">{c}</li>
        ))}
      </ol>
      <p className="utrecht-paragraph">{r.accessible}</p>
      <p className="utrecht-paragraph">{r.privacy}</p>
      <p className="utrecht-paragraph">{r.cli}</p>
    </>
  );
}
