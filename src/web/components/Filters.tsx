/** Teljaar, definitie and stadium selects; every change goes into the URL (shareable, back/forward). */
import { useId } from "react";
import type { Meta } from "../meta.js";
import { setQuery } from "../router.js";
import { officialDefinition, stageToUrl, type Selection } from "../selection.js";
import { t } from "../text.js";

export function Filters({ meta, sel }: { meta: Meta; sel: Selection }) {
  const id = useId();
  const tj = meta.teljaren.find((x) => x.teljaar === sel.teljaar);
  const official = officialDefinition(meta, sel.teljaar);
  return (
    <form className="utrecht-form vsv-filters vsv-no-print" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.filters.legend}</legend>
        <div className="vsv-filters__row">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-tj`}>{t.filters.teljaar}</label>
            <select id={`${id}-tj`} className="utrecht-select utrecht-select--html-select" value={sel.teljaar}
              onChange={(e) => setQuery({ teljaar: e.target.value, stadium: null })}>
              {[...meta.teljaren].reverse().map((x) => (
                <option key={x.teljaar} value={x.teljaar}>{x.teljaar}</option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-def`}>{t.filters.definition}</label>
            <select id={`${id}-def`} className="utrecht-select utrecht-select--html-select" value={sel.definition}
              onChange={(e) => setQuery({ definitie: e.target.value })}>
              {[23, 27].map((d) => (
                <option key={d} value={d}>{t.definitionName(d)}{d === official ? ` (${t.definitionOfficial})` : ""}</option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-st`}>{t.filters.stage}</label>
            <select id={`${id}-st`} className="utrecht-select utrecht-select--html-select" value={sel.stage}
              onChange={(e) => setQuery({ stadium: stageToUrl[e.target.value] ?? null })}>
              {(tj?.stages ?? [sel.stage]).map((s) => (
                <option key={s} value={s}>{t.stage[s] ?? s}</option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
