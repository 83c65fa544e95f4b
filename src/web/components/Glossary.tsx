/**
 * Short definitions of the terms and markers the figures use (teljaar, startpopulatie, voorlopig/definitief, "x",
 * "–"), placed where they appear. Folded under a summary that names the terms, so a reader who knows them is not
 * slowed down; printed unfolded.
 */
import { t } from "../text.js";

export type Term = "teljaar" | "startpopulatie" | "vsv" | "stadium" | "hidden" | "none";

const ALL: readonly Term[] = ["teljaar", "startpopulatie", "vsv", "stadium", "hidden", "none"];

export function Glossary({ terms = ALL }: { terms?: readonly Term[] }) {
  return (
    <details className="vsv-glossary" data-testid="glossary">
      <summary className="vsv-glossary__summary">{t.glossary.summary}</summary>
      <dl className="vsv-glossary__list">
        {terms.map((k) => {
          const [term, definition] = t.glossary.terms[k]!;
          return (
            <div key={k} className="vsv-glossary__item">
              <dt>{term}</dt>
              <dd>{definition}</dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
