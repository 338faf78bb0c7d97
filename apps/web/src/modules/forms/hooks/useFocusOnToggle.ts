import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves the focus with a part of the page that opens and closes in place (a confirmation, a form
 * behind a button): into it (its heading) when it opens, and back (to the button that opened it,
 * or whatever now stands in for it) when it closes. Nothing moves on the first render.
 */
export function useFocusOnToggle(
  open: boolean,
  into: RefObject<HTMLElement | null>,
  back: RefObject<HTMLElement | null>,
): void {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) into.current?.focus();
    else if (wasOpen.current) back.current?.focus();
    wasOpen.current = open;
  }, [open, into, back]);
}
