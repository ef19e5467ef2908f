import { NavLink, Outlet } from 'react-router';

/** Page frame: a slim header with the product name and the two entry points, then the page. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          plandiff <span className="brand-sub">工作要点 · 政府工作报告 year on year</span>
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>Series</NavLink>
          <NavLink to="/check">Check a new notice</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
