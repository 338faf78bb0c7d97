import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../hooks/useMediaQuery';
import type { SearchOutcome } from '../hooks/useSessionSearch';

/** Wide enough to lay the filters beside the results: the same width as `.discover-layout`. */
export const WIDE_SCREEN = '(min-width: 56.25rem)';

export interface DiscoverFiltersPanelProps {
  /** How many filters narrow the search, shown on the button while the panel is closed. */
  activeCount: number;
  outcome: SearchOutcome;
  /** The results heading, where "Skip to results" moves the focus. */
  resultsId: string;
  /** The filters form. */
  children: ReactNode;
  /** Changes when something asks to open the filters ("Change" on "Using your profile"). */
  openSignal?: number;
}

/**
 * The filters, mobile first. On a narrow screen they fold behind a button ("Filters · 3 active")
 * so the sessions come first: open until a search has results (there is nothing else to see
 * yet), closed from the first results on, and from then on as the parent leaves them. A wide
 * screen lays them beside the results, always open. "Skip to results" goes past them either way.
 */
export function DiscoverFiltersPanel({
  activeCount,
  outcome,
  resultsId,
  children,
  openSignal = 0,
}: DiscoverFiltersPanelProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // How the search has gone so far: 'results' once any search had some, and so it stays.
  const [answered, setAnswered] = useState<SearchOutcome>('pending');
  if (answered !== 'results' && outcome !== 'pending' && outcome !== answered) setAnswered(outcome);
  // The parent's own open or close, which wins over the default from then on.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = wide || (chosen ?? answered === 'none');

  // Closing by itself (the first results came) must not drop the focus of someone inside it.
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    if (wasOpen.current && !open && panel.current?.contains(document.activeElement))
      toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  // Asked to open: open, and put the focus on the first filter.
  const [signalSeen, setSignalSeen] = useState(openSignal);
  if (signalSeen !== openSignal) {
    setSignalSeen(openSignal);
    setChosen(true);
  }
  useEffect(() => {
    if (openSignal) panel.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [openSignal]);

  return (
    <div className="discover-filters-panel">
      <a
        className="discover-filters-panel__skip"
        href={`#${resultsId}`}
        onClick={(event) => {
          const heading = document.getElementById(resultsId);
          if (!heading) return;
          event.preventDefault();
          heading.focus();
        }}
      >
        {t('discover.skipToResults')}
      </a>
      {wide ? null : (
        <button
          ref={toggle}
          type="button"
          className="discover-filters-panel__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setChosen(!open)}
        >
          <span>
            {activeCount
              ? t('discover.filtersActive', { count: activeCount })
              : t('discover.filtersNone')}
          </span>
          <svg className="discover-filters-panel__chevron" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 6l5 5 5-5" />
          </svg>
        </button>
      )}
      <div id={panelId} ref={panel} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
