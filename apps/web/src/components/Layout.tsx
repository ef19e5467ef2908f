import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useUrlLanguage } from '../i18n/use-url-language.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** Page frame: a slim header with the product name, the two entry points and the language switch, then the page. */
export function Layout() {
  useUrlLanguage();
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          {t('app.brand')} <span className="brand-sub">{t('app.brandSub')}</span>
        </NavLink>
        <nav aria-label={t('app.mainNav')}>
          <NavLink to="/" end>
            {t('app.navSeries')}
          </NavLink>
          <NavLink to="/check">{t('app.navCheck')}</NavLink>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
