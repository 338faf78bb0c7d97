import { render, screen } from '@testing-library/react';
import { FormError, Notice } from './messages';

describe('form messages', () => {
  it('alerts with a form error that can take the focus', () => {
    render(<FormError>That email and password do not match.</FormError>);
    const alert = screen.getByRole('alert');
    alert.focus();
    expect(document.activeElement).toBe(alert);
  });

  it('keeps an empty polite status region ready for the next notice', () => {
    const { rerender } = render(<Notice />);
    expect(screen.getByRole('status').textContent).toBe('');
    rerender(<Notice>Saved.</Notice>);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });
});
