/** Page frame: skip link, header with the main navigation (and the work menu when signed in), main landmark, footer. */
import { useState, type ReactNode } from "react";
import { API } from "../api.js";
import { menuFor, workSection } from "../casework/menu.js";
import { IncomingMenuLabel } from "../casework/MenuCount.js";
import { useSession } from "../casework/session.js";
import { Link, navigate, useLocation } from "../router.js";
import { t } from "../text.js";

const items = [
  { href: "/", label: t.nav.home, section: "home" },
  { href: "/kaart", label: t.nav.map, section: "map" },
  { href: "/vergelijken", label: t.nav.compare, section: "compare" },
  { href: "/sturing", label: t.nav.steering, section: "steering" },
] as const;

const w = t.casework.nav;

/** Who is signed in, their menu of the closed part, and "Uitloggen"; a "Inloggen" link for everyone else. */
function WorkBar() {
  const session = useSession();
  const loc = useLocation();
  const [busy, setBusy] = useState(false);
  const s = session.state;
  if (s.status !== "signedIn") return null;
  const current = workSection(loc.path);
  return (
    <div className="vsv-workbar vsv-no-print">
      <div className="vsv-workbar__content">
        <nav aria-label={w.label} className="utrecht-nav-bar">
          <ul className="utrecht-nav-list">
            <li className="utrecht-nav-list__item">
              <Link href="/werk" className="utrecht-nav-list__link vsv-nav-link" aria-current={loc.path === "/werk" ? "page" : undefined}>{w.start}</Link>
            </li>
            {menuFor(s.user.role).map((p) => (
              <li key={p.href} className="utrecht-nav-list__item">
                <Link href={p.href} className="utrecht-nav-list__link vsv-nav-link" aria-current={current === p.href ? (loc.path === p.href ? "page" : "true") : undefined}>{p.count === "incoming" ? <IncomingMenuLabel key={loc.path} /> : p.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="vsv-workbar__user">
          <span data-testid="signed-in-as">{w.signedInAs(s.user.display_name, s.user.role_label)}</span>
          <button type="button" className="utrecht-button utrecht-button--secondary-action vsv-button--small" aria-disabled={busy || undefined}
            onClick={async () => {
              if (busy) return;
              setBusy(true);
              try {
                await session.logout();
              } finally {
                setBusy(false);
                navigate("/inloggen");
              }
            }}>
            {w.logout}
          </button>
        </div>
      </div>
    </div>
  );
}

export function Layout({ section, children }: { section: string; children: ReactNode }) {
  const session = useSession();
  const signedIn = session.state.status === "signedIn";
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
              {signedIn ? null : (
                <li className="utrecht-nav-list__item">
                  <Link href="/inloggen" className="utrecht-nav-list__link vsv-nav-link" aria-current={section === "login" ? "page" : undefined}>{w.login}</Link>
                </li>
              )}
            </ul>
          </nav>
        </div>
        <WorkBar />
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
