/**
 * "Vind uw gemeente": a text field with suggestions (the WAI-ARIA combobox pattern with a list box). Typing shows
 * the names that match (those starting with the text first); the arrow keys move through them, Enter or a click
 * chooses one, Escape closes the list. The page decides what choosing does (the map highlights the place).
 */
import { useId, useState, type KeyboardEvent } from "react";
import { t } from "../text.js";

export interface Place {
  readonly code: string;
  readonly name: string;
}

const MAX_SUGGESTIONS = 8;
const fold = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/** The places whose name matches `text`: names starting with it first, then names containing it; alphabetical within. */
export function suggestions(places: readonly Place[], text: string): Place[] {
  const q = fold(text.trim());
  if (!q) return [];
  const starts: Place[] = [];
  const contains: Place[] = [];
  for (const p of places) {
    const n = fold(p.name);
    if (n.startsWith(q)) starts.push(p);
    else if (n.includes(q) || p.code === text.trim()) contains.push(p);
  }
  const byName = (a: Place, b: Place) => a.name.localeCompare(b.name, "nl");
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, MAX_SUGGESTIONS);
}

export function PlaceSearch({ label, hint, places, initial = "", onChoose }: {
  label: string;
  hint: string;
  places: readonly Place[];
  initial?: string;
  onChoose: (place: Place) => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  // A new `initial` (the URL named another place, or the places loaded) replaces the text.
  const [given, setGiven] = useState(initial);
  if (initial !== given) {
    setGiven(initial);
    setText(initial);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = suggestions(places, text);
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (p: Place) => {
    setText(p.name);
    setOpen(false);
    setActive(-1);
    onChoose(p);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!matches.length) return;
      setOpen(true);
      const down = e.key === "ArrowDown";
      setActive((a) => (a < 0 ? (down ? 0 : matches.length - 1) : (a + (down ? 1 : -1) + matches.length) % matches.length));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const exact = matches.find((m) => fold(m.name) === fold(text.trim()));
      const pick = expanded && active >= 0 ? matches[active] : exact ?? (matches.length === 1 ? matches[0] : undefined);
      if (pick) choose(pick);
      else setOpen(true);
    } else if (e.key === "Escape") {
      if (expanded) e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = text.trim() === "" ? "" : matches.length === 0 ? t.map.findNone : open ? t.map.findCount(matches.length) : "";
  return (
    <div className="utrecht-form-field vsv-find vsv-no-print">
      <label className="utrecht-form-label" htmlFor={`${id}-input`}>{label}</label>
      <p className="utrecht-form-field-description vsv-hint" id={`${id}-hint`}>{hint}</p>
      <input id={`${id}-input`} type="text" className="utrecht-textbox utrecht-textbox--html-input" role="combobox" autoComplete="off"
        aria-autocomplete="list" aria-expanded={expanded} aria-controls={`${id}-list`} aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(-1); }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid="place-search" />
      <ul id={`${id}-list`} role="listbox" aria-label={t.map.findOptions} className="vsv-find__list" hidden={!expanded}>
        {matches.map((m, i) => (
          <li key={m.code} id={optionId(i)} role="option" aria-selected={i === active} className="vsv-find__option"
            // mousedown, not click: it comes before the field's blur, which closes the list.
            onMouseDown={(e) => { e.preventDefault(); choose(m); }}>
            {m.name}
          </li>
        ))}
      </ul>
      <p className="vsv-visually-hidden" role="status">{status}</p>
    </div>
  );
}
