import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Opens an "ask, then confirm" step inside `scope` with the button named `open`, checks the focus
 * is on the group named `question`, cancels with the button named `cancel`, and checks the focus
 * is back on the button that opened it.
 */
export async function expectFocusIntoConfirmAndBack(
  scope: HTMLElement,
  { open, question, cancel }: { open: string; question: string; cancel: string },
): Promise<void> {
  await userEvent.click(within(scope).getByRole('button', { name: open }));
  const group = within(scope).getByRole('group', { name: question });
  expect(document.activeElement).toBe(group);

  await userEvent.click(within(group).getByRole('button', { name: cancel }));
  expect(within(scope).queryByRole('group', { name: question })).toBeNull();
  expect(document.activeElement).toBe(within(scope).getByRole('button', { name: open }));
}
