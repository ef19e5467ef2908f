import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { createBrowserRouter } from 'react-router';
// the DOM RouterProvider can apply a navigation synchronously (flushSync), which the filter controls use
import { RouterProvider } from 'react-router/dom';
import { Layout } from './components/Layout.js';
import { Loading } from './components/Loading.js';
import { HomePage } from './pages/HomePage.js';
import { ComparisonPage } from './pages/ComparisonPage.js';
import { PlanPage } from './pages/PlanPage.js';
import { CheckPage } from './pages/CheckPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { RouteErrorPage } from './pages/RouteErrorPage.js';

// The targets page carries the chart library: load it only when a reader opens it.
const TargetsPage = lazy(() => import('./pages/TargetsPage.js').then((module) => ({ default: module.TargetsPage })));
const CrossSectionPage = lazy(() => import('./pages/CrossSectionPage.js').then((module) => ({ default: module.CrossSectionPage })));
const OutcomesPage = lazy(() => import('./pages/OutcomesPage.js').then((module) => ({ default: module.OutcomesPage })));
const CollectionOutcomesPage = lazy(() => import('./pages/CollectionOutcomesPage.js').then((module) => ({ default: module.CollectionOutcomesPage })));

/**
 * The pages of the viewer, in the common layout. A new page is one more entry here (a path and its element; a
 * lazily loaded one inside <Suspense>), and a link from the page that leads to it (e.g. the home page). Keep `*` last.
 */
const PAGES: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'series/:series/compare', element: <ComparisonPage /> },
  {
    path: 'series/:series/targets',
    element: (
      <Suspense fallback={<Loading what="" />}>
        <TargetsPage />
      </Suspense>
    ),
  },
  { path: 'series/:series/plans/:year', element: <PlanPage /> },
  {
    path: 'collections/:collection',
    element: (
      <Suspense fallback={<Loading what="" />}>
        <CrossSectionPage />
      </Suspense>
    ),
  },
  { path: 'series/:series/outcomes', element: <Suspense fallback={<Loading what="" />}><OutcomesPage /></Suspense> },
  { path: 'collections/:collection/outcomes', element: <Suspense fallback={<Loading what="" />}><CollectionOutcomesPage /></Suspense> },
  { path: 'check', element: <CheckPage /> },
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
