/**
 * A <section> that was opened by the user (an explanation, a month's bill): it takes focus when it
 * appears and gives it back to its opener when it goes (useFocusOnOpen). Printed or always-shown
 * copies pass `takeFocus={false}` and behave as a plain section.
 */
import type { ComponentProps } from 'react';
import { useFocusOnOpen } from './focus.ts';

export function OpenedSection({
  takeFocus = true,
  ...props
}: ComponentProps<'section'> & { takeFocus?: boolean }) {
  return takeFocus ? <FocusTaking {...props} /> : <section {...props} />;
}

function FocusTaking(props: ComponentProps<'section'>) {
  const ref = useFocusOnOpen<HTMLElement>();
  return <section ref={ref} tabIndex={-1} {...props} />;
}
