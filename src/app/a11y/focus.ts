/**
 * Where keyboard focus goes when something opens or closes. A panel that opens (an explanation, a
 * month's bill) takes focus so a keyboard or screen-reader user lands in what they opened; when it
 * closes, focus returns to what opened it. A view that replaces the page (Open in the library) puts
 * focus on the new view's heading instead of leaving it on the body.
 */
import { type RefObject, useEffect, useRef } from 'react';

/** True when focus is nowhere useful: on the body, or on an element that has left the page. */
export function focusIsLost(doc: Document = document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || !active.isConnected;
}

/** Focuses `el` (made focusable by script only) and scrolls it into view. */
export function focusElement(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  el.scrollIntoView?.({ block: 'nearest' });
}

/**
 * For a panel that opens in place: focus moves into it on mount and back to the element that had
 * focus before (the button that opened it) on unmount, when focus was inside the panel or is lost.
 */
export function useFocusOnOpen<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = ref.current;
    focusElement(panel);
    return () => {
      const inside = panel?.contains(document.activeElement) ?? false;
      if ((inside || focusIsLost()) && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  return ref;
}
