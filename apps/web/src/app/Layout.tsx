import { SkipLink } from '@village/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../modules/account/components/AccountMenu';
import { LanguageSwitcher } from '../modules/locale/components/LanguageSwitcher';
import { RouteNotice } from '../modules/routing/components/RouteNotice';
import { useSafetyRoles } from '../modules/safety/hooks/useSafetyRoles';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const { moderates, isLead, isAdmin } = useSafetyRoles();

  // A client-side navigation does not move focus; move it to the new content, as a page load would.
  // (Compared with the last path rather than "not the first render", so StrictMode's re-run is a no-op.)
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand" aria-label={t('app.home')}>
            <svg
              className="site-header__logo"
              viewBox="0 0 32 32"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M6 24V14l10-7 10 7v10h-7v-6h-6v6z" />
            </svg>
            <span>{t('app.name')}</span>
          </Link>
          <AccountMenu />
          <LanguageSwitcher />
          <nav className="site-nav" aria-label={t('app.mainNavigation')}>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/discover">{t('nav.discover')}</NavLink>
            <NavLink to="/help">{t('nav.help')}</NavLink>
            {moderates ? <NavLink to="/moderation">{t('nav.moderation')}</NavLink> : null}
            {isLead ? <NavLink to="/safeguarding/concerns">{t('nav.concerns')}</NavLink> : null}
            {isAdmin ? <NavLink to="/admin/social-graph">{t('nav.socialGraph')}</NavLink> : null}
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <RouteNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {t('app.worried')} <Link to="/safeguarding">{t('nav.raiseConcern')}</Link>
        </p>
      </footer>
    </>
  );
}
