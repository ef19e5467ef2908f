import { lazy, Suspense, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { createBrowserRouter } from 'react-router';
// the DOM RouterProvider can apply a navigation synchronously (flushSync), which the filter controls use
import { RouterProvider } from 'react-router/dom';
import { Layout } from './components/Layout.js';
import { Loading } from './components/Loading.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { RouteErrorPage } from './pages/RouteErrorPage.js';

// Every page is its own chunk, loaded when a reader opens it: the first page a link leads to (most often a
// comparison) loads only its own code, and the targets and provinces pages carry the chart library.
const LIGHT_PAGES = {
  home: () => import('./pages/HomePage.js'),
  comparison: () => import('./pages/ComparisonPage.js'),
  plan: () => import('./pages/PlanPage.js'),
  check: () => import('./pages/CheckPage.js'),
};
const HomePage = lazy(() => LIGHT_PAGES.home().then((module) => ({ default: module.HomePage })));
const ComparisonPage = lazy(() => LIGHT_PAGES.comparison().then((module) => ({ default: module.ComparisonPage })));
const PlanPage = lazy(() => LIGHT_PAGES.plan().then((module) => ({ default: module.PlanPage })));
const CheckPage = lazy(() => LIGHT_PAGES.check().then((module) => ({ default: module.CheckPage })));

/**
 * Fetches the code of the light pages (home, comparison, plan, check) once the first page has loaded, so that moving
 * between them needs no further download (and still works if the server stops). The chart pages (targets,
 * provinces) are left to load when opened: they carry the chart library. Errors are ignored here; a page whose code
 * did not arrive is fetched again when opened.
 */
export function prefetchLightPages(): void {
  for (const load of Object.values(LIGHT_PAGES)) load().catch(() => undefined);
}
const TargetsPage = lazy(() => import('./pages/TargetsPage.js').then((module) => ({ default: module.TargetsPage })));
const CrossSectionPage = lazy(() => import('./pages/CrossSectionPage.js').then((module) => ({ default: module.CrossSectionPage })));
const OutcomesPage = lazy(() => import('./pages/OutcomesPage.js').then((module) => ({ default: module.OutcomesPage })));
const CollectionOutcomesPage = lazy(() => import('./pages/CollectionOutcomesPage.js').then((module) => ({ default: module.CollectionOutcomesPage })));

/** A lazily loaded page inside <Suspense>, with the quiet loading line while its code arrives. */
function lazyPage(page: ReactElement): ReactElement {
  return <Suspense fallback={<Loading what="" />}>{page}</Suspense>;
}

/**
 * The pages of the viewer, in the common layout. A new page is one more entry here (a path and its element; a
 * lazily loaded one inside <Suspense>), and a link from the page that leads to it (e.g. the home page). Keep `*` last.
 */
const PAGES: RouteObject[] = [
  { index: true, element: lazyPage(<HomePage />) },
  { path: 'series/:series/compare', element: lazyPage(<ComparisonPage />) },
  { path: 'series/:series/targets', element: lazyPage(<TargetsPage />) },
  { path: 'series/:series/plans/:year', element: lazyPage(<PlanPage />) },
  { path: 'collections/:collection', element: lazyPage(<CrossSectionPage />) },
  { path: 'series/:series/outcomes', element: lazyPage(<OutcomesPage />) },
  { path: 'collections/:collection/outcomes', element: lazyPage(<CollectionOutcomesPage />) },
  { path: 'check', element: lazyPage(<CheckPage />) },
  { path: '*', element: <NotFoundPage /> },
];

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        // a page that fails to render (e.g. its lazily loaded code did not arrive) is replaced inside the frame
        errorElement: <RouteErrorPage />,
        children: PAGES,
      },
    ],
  },
]);

/** The viewer: routes of every page inside the common layout. */
export function App() {
  return <RouterProvider router={router} />;
}
