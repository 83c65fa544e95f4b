/** Page frame: skip link, header with the main navigation, main landmark, footer. */
import type { ReactNode } from "react";
import { API } from "../api.js";
import { Link } from "../router.js";
import { t } from "../text.js";

const items = [
  { href: "/", label: t.nav.home, section: "home" },
  { href: "/kaart", label: t.nav.map, section: "map" },
  { href: "/vergelijken", label: t.nav.compare, section: "compare" },
] as const;

export function Layout({ section, children }: { section: string; children: ReactNode }) {
  return (
    <div className="utrecht-page vsv-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">{t.skipLink}</a>
      <header className="utrecht-page-header vsv-header">
        <div className="vsv-header__content">
          <Link href="/" className="vsv-brand">
            <span className="vsv-brand__name">{t.appName}</span>
            <span className="vsv-brand__tagline">{t.appTagline}</span>
          </Link>
          <nav className="utrecht-nav-bar vsv-no-print" aria-label={t.mainNav}>
            <ul className="utrecht-nav-list">
              {items.map((i) => (
                <li key={i.href} className="utrecht-nav-list__item">
                  <Link href={i.href} className="utrecht-nav-list__link vsv-nav-link" aria-current={section === i.section ? "page" : undefined}>
                    {i.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="utrecht-page-content vsv-main">
        {children}
      </main>
      <footer className="utrecht-page-footer vsv-footer">
        <div className="utrecht-page-footer__content">
          <p className="utrecht-paragraph utrecht-paragraph--small">{t.footer.about}</p>
          <p className="utrecht-paragraph utrecht-paragraph--small vsv-no-print">
            <a className="utrecht-link utrecht-link--html-a vsv-footer__link" href={`${API}/openapi.json`}>{t.footer.api}</a>
            {" · "}
            <a className="utrecht-link utrecht-link--html-a vsv-footer__link" href={`${API}/docs`}>{t.footer.apiDocs}</a>
          </p>
        </div>
      </footer>
    </div>
  );
}
