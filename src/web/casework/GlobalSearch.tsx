/**
 * The search box above every page of the closed part (officers, coordinators and school users): one field for a
 * name, reference, BSN or onderwijsnummer, leading to /werk/zoeken. The text goes to page state only, never into the
 * URL or history (src/web/casework/person-search.ts).
 */
import { useEffect, useState, type FormEvent } from "react";
import { navigate } from "../router.js";
import { pt } from "./person-text.js";
import { clearPersonSearch, setPersonSearch } from "./person-search.js";

export const SEARCH_PAGE = "/werk/zoeken";

/** `hidden` on the search page itself (it has the whole form); the box stays mounted there, so the search is kept. */
export function GlobalSearch({ hidden = false }: { hidden?: boolean }) {
  const [text, setText] = useState("");
  // Signing out unmounts the box: what was searched for goes with it.
  useEffect(() => clearPersonSearch, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    setPersonSearch({ text: text.trim(), birthDate: "", school: "" });
    setText("");
    navigate(SEARCH_PAGE);
  }
  if (hidden) return null;
  return (
    <form className="vsv-global-search vsv-no-print" role="search" aria-label={pt.box.landmark} onSubmit={submit}>
      <label className="utrecht-form-label" htmlFor="global-search">{pt.box.label}</label>
      <span className="vsv-global-search__row">
        <input id="global-search" name="global-search" type="search" className="utrecht-textbox utrecht-textbox--html-input vsv-input--medium"
          value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" aria-describedby="global-search-hint" required />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">{pt.box.submit}</button>
      </span>
      <span id="global-search-hint" className="vsv-hint">{pt.box.hint}</span>
    </form>
  );
}
