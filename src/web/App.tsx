/** Routes, the shared /meta, and focus management on navigation. */
import { lazy, Suspense, useEffect, useRef, type ReactElement } from "react";
import { apiUrl, useApi, type Meta } from "./api.js";
import { isClosedPath, SessionProvider } from "./casework/session.js";
import { Layout } from "./components/Layout.js";
import { ErrorBox, Loading } from "./components/Status.js";
import { MetaContext } from "./meta.js";
import { Compare } from "./pages/Compare.js";
import { Detail } from "./pages/Detail.js";
import { Home } from "./pages/Home.js";
import { NotFound } from "./pages/NotFound.js";
import { match, useLocation } from "./router.js";

// d3-geo and topojson-client load with the map page only.
const MapPage = lazy(() => import("./pages/MapPage.js"));
// The closed part (/inloggen, /werk/…) is one chunk, loaded by those who use it.
const Casework = lazy(() => import("./pages/casework/CaseworkRoutes.js"));
const SteeringProgrammes = lazy(() => import("./pages/steering/Programmes.js"));
const SteeringProgramme = lazy(() => import("./pages/steering/Programme.js"));
const SteeringActionPlan = lazy(() => import("./pages/steering/ActionPlan.js"));
const Norms = lazy(() => import("./pages/steering/Norms.js"));
const FollowUp = lazy(() => import("./pages/steering/FollowUp.js"));
const Targets = lazy(() => import("./pages/steering/Targets.js"));
const Report = lazy(() => import("./pages/steering/Report.js"));
const SteeringOverview = lazy(() => import("./pages/steering/Overview.js"));

function route(path: string): { section: string; page: ReactElement } {
  if (path === "/" || path === "") return { section: "home", page: <Home /> };
  if (path === "/kaart") return { section: "map", page: <MapPage /> };
  if (path === "/vergelijken") return { section: "compare", page: <Compare /> };
  if (path === "/sturing/normen") return { section: "steering", page: <Norms /> };
  if (path === "/sturing/vervolg") return { section: "steering", page: <FollowUp /> };
  if (path === "/sturing/doelen") return { section: "steering", page: <Targets /> };
  if (path === "/sturing") return { section: "steering", page: <SteeringOverview /> };
  if (path === "/sturing/rapport") return { section: "steering", page: <Report /> };
  if (path === "/sturing/programmas") return { section: "steering", page: <SteeringProgrammes /> };
  if (path === "/sturing/actieplan") return { section: "steering", page: <SteeringActionPlan /> };
  let m = match("/sturing/programma/:region", path);
  if (m) return { section: "steering", page: <SteeringProgramme key={path} region={m["region"]!} /> };
  m = match("/regio/:code", path);
  if (m) return { section: "map", page: <Detail key={path} kind="region" code={m["code"]!} /> };
  m = match("/gemeente/:code", path);
  if (m) return { section: "map", page: <Detail key={path} kind="municipality" code={m["code"]!} /> };
  m = match("/instelling/:brin", path);
  if (m) return { section: "map", page: <Detail key={path} kind="institution" code={m["brin"]!} /> };
  m = match("/instelling/:brin/locatie/:loc", path);
  if (m) return { section: "map", page: <Detail key={path} kind="location" code={m["brin"]!} sub={m["loc"]!} /> };
  return { section: "", page: <NotFound /> };
}

export function App() {
  const loc = useLocation();
  const closed = isClosedPath(loc.path);
  // The closed part needs no figures: it opens even when no figures are computed (then /meta answers 503).
  const meta = useApi<Meta>(closed ? null : apiUrl("/meta"));
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
            <Suspense fallback={<Loading />}>{page}</Suspense>
          </MetaContext.Provider>
        )}
      </Layout>
    </SessionProvider>
  );
}
