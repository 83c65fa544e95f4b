/** Routes, the shared /meta, and focus management on navigation. */
import { lazy, Suspense, useEffect, useRef, type ReactElement } from "react";
import { useApi } from "./api/hooks.js";
import { isClosedPath, SessionProvider } from "./casework/session.js";
import { DataNotice } from "./components/DataNotice.js";
import { Layout } from "./components/Layout.js";
import { ErrorBox, Loading } from "./components/Status.js";
import { MetaContext } from "./meta.js";
import { Compare } from "./pages/Compare.js";
import { Detail } from "./pages/Detail.js";
import { Home } from "./pages/Home.js";
import { NotFound } from "./pages/NotFound.js";
import { useLocation } from "./router.js";
import { findPage, PUBLIC_PAGES, type PublicPage } from "./routes.js";

// d3-geo and topojson-client load with the map page only.
const MapPage = lazy(() => import("./pages/MapPage.js"));
// The closed part (/inloggen, /werk/…) is one chunk, loaded by those who use it.
const Casework = lazy(() => import("./pages/casework/CaseworkRoutes.js"));
const SteeringProgrammes = lazy(() => import("./pages/steering/Programmes.js"));
const SteeringProgramme = lazy(() => import("./pages/steering/Programme.js"));
const SteeringActionPlan = lazy(() => import("./pages/steering/ActionPlan.js"));
const Norms = lazy(() => import("./pages/steering/Norms.js"));
const FollowUp = lazy(() => import("./pages/steering/FollowUp.js"));
const TargetGroup = lazy(() => import("./pages/steering/TargetGroup.js"));
const Targets = lazy(() => import("./pages/steering/Targets.js"));
const Report = lazy(() => import("./pages/steering/Report.js"));
const SteeringOverview = lazy(() => import("./pages/steering/Overview.js"));

type Render = (params: Record<string, string>, path: string) => { section: string; page: ReactElement };

const PAGES: Record<PublicPage, Render> = {
  home: () => ({ section: "home", page: <Home /> }),
  map: () => ({ section: "map", page: <MapPage /> }),
  compare: () => ({ section: "compare", page: <Compare /> }),
  steering: () => ({ section: "steering", page: <SteeringOverview /> }),
  norms: () => ({ section: "steering", page: <Norms /> }),
  followUp: () => ({ section: "steering", page: <FollowUp /> }),
  targetGroup: () => ({ section: "steering", page: <TargetGroup /> }),
  targets: () => ({ section: "steering", page: <Targets /> }),
  report: () => ({ section: "steering", page: <Report /> }),
  programmes: () => ({ section: "steering", page: <SteeringProgrammes /> }),
  programme: (p, path) => ({ section: "steering", page: <SteeringProgramme key={path} region={p["region"]!} /> }),
  actionPlan: () => ({ section: "steering", page: <SteeringActionPlan /> }),
  region: (p, path) => ({ section: "map", page: <Detail key={path} kind="region" code={p["code"]!} /> }),
  municipality: (p, path) => ({ section: "map", page: <Detail key={path} kind="municipality" code={p["code"]!} /> }),
  institution: (p, path) => ({ section: "map", page: <Detail key={path} kind="institution" code={p["brin"]!} /> }),
  location: (p, path) => ({ section: "map", page: <Detail key={path} kind="location" code={p["brin"]!} sub={p["loc"]!} /> }),
};

function route(path: string): { section: string; page: ReactElement } {
  const found = findPage(PUBLIC_PAGES, path);
  return found ? PAGES[found.page](found.params, path) : { section: "", page: <NotFound /> };
}

export function App() {
  const loc = useLocation();
  const closed = isClosedPath(loc.path);
  // The closed part needs no figures: it opens even when no figures are computed (then /meta answers 503).
  const meta = useApi(closed ? null : "/meta");
  const shownPath = useRef(loc.path);
  useEffect(() => {
    // After a client-side navigation (not on load), move focus to the main content so screen readers start there.
    if (shownPath.current === loc.path) return;
    shownPath.current = loc.path;
    document.getElementById("main")?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [loc.path]);
  const { section, page } = closed ? { section: loc.path === "/inloggen" ? "login" : "work", page: null } : route(loc.path);
  return (
    <SessionProvider path={loc.path}>
      <Layout section={section}>
        {closed ? (
          <Suspense fallback={<Loading />}><Casework path={loc.path} query={loc.query} /></Suspense>
        ) : meta.error ? <ErrorBox error={meta.error} /> : !meta.data ? <Loading /> : (
          <MetaContext.Provider value={meta.data}>
            <DataNotice meta={meta.data} />
            <Suspense fallback={<Loading />}>{page}</Suspense>
          </MetaContext.Provider>
        )}
      </Layout>
    </SessionProvider>
  );
}
