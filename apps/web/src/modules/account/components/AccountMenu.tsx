import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSignOut } from '../hooks/useSignOut';
import { useViewer } from '../hooks/useViewer';

/**
 * The header's way in: "Sign in" for a visitor; for a member, their name opening a short menu
 * (a disclosure: a button that shows and hides a list of links) with their account, privacy and
 * signing out. Escape closes it and gives focus back to the button.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { viewer, known } = useViewer();
  const { signOut, loading, error } = useSignOut();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Following one of its links closes the menu.
  if (open && openedAt !== pathname) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  if (!known) return <div className="account-menu" />;
  if (!viewer) {
    return (
      <div className="account-menu">
        <Link className="account-menu__sign-in" to="/sign-in">
          {t('nav.signIn')}
        </Link>
      </div>
    );
  }

  return (
    <div
      ref={root}
      className="account-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('nav.accountMenu', { name: viewer.person.displayName })}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
      >
        <span className="account-menu__avatar" aria-hidden="true">
          {Array.from(viewer.person.displayName.trim())[0]?.toLocaleUpperCase() ?? '?'}
        </span>
        <span className="account-menu__name" dir="auto">
          {viewer.person.displayName}
        </span>
        <svg className="account-menu__chevron" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 6l5 5 5-5" />
        </svg>
      </button>
      <div id={menuId} className="account-menu__panel" hidden={!open}>
        <ul className="plain-list">
          <li>
            <Link to="/upcoming">{t('going.upcoming.navLink')}</Link>
          </li>
          <li>
            <Link to="/account">{t('nav.account')}</Link>
          </li>
          <li>
            <Link to="/privacy">{t('nav.privacy')}</Link>
          </li>
          <li>
            <Link to="/account/connections">{t('connections.navLink')}</Link>
          </li>
          <li>
            <button
              type="button"
              className="account-menu__sign-out"
              disabled={loading}
              onClick={() => void signOut()}
            >
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
        {error ? (
          <p className="account-menu__error" role="alert">
            {t('nav.signOutFailed')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
