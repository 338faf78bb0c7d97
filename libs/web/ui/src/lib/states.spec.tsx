import { fireEvent, render, screen } from '@testing-library/react';
import { EmptyState, ErrorState, LoadingState } from './states';

describe('data view states', () => {
  it('announces loading politely', () => {
    render(<LoadingState label="Loading groups…" />);
    expect(screen.getByRole('status').textContent).toBe('Loading groups…');
  });

  it('shows an empty state as plain text', () => {
    render(<EmptyState>No groups yet.</EmptyState>);
    expect(screen.getByText('No groups yet.')).toBeTruthy();
  });

  it('alerts with the message and a retry button that retries', () => {
    const onRetry = jest.fn();
    render(
      <ErrorState
        title="Something went wrong"
        message="We could not find that group."
        retryLabel="Try again"
        onRetry={onRetry}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    expect(alert.textContent).toContain('We could not find that group.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('leaves out the retry button when there is nothing to retry', () => {
    render(<ErrorState message="Gone." />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
