/** Routes, the shared /meta, and focus management on navigation. */
import { lazy, Suspense, useEffect, useRef, type ReactElement } from "react";
import { apiUrl, useApi, type Meta } from "./api.js";
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

function route(path: string): { section: string; page: ReactElement } {
  if (path === "/" || path === "") return { section: "home", page: <Home /> };
  if (path === "/kaart") return { section: "map", page: <MapPage /> };
  if (path === "/vergelijken") return { section: "compare", page: <Compare /> };
  let m = match("/regio/:code", path);
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
  const meta = useApi<Meta>(apiUrl("/meta"));
  const shownPath = useRef(loc.path);
  useEffect(() => {
    // After a client-side navigation (not on load), move focus to the main content so screen readers start there.
    if (shownPath.current === loc.path) return;
    shownPath.current = loc.path;
    document.getElementById("main")?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [loc.path]);
  const { section, page } = route(loc.path);
  return (
    <Layout section={section}>
      {meta.error ? <ErrorBox error={meta.error} /> : !meta.data ? <Loading /> : (
        <MetaContext.Provider value={meta.data}>
          <Suspense fallback={<Loading />}>{page}</Suspense>
        </MetaContext.Provider>
      )}
    </Layout>
  );
}
