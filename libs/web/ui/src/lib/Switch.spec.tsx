import { fireEvent, render, screen } from '@testing-library/react';
import { Switch } from './Switch';

describe('Switch', () => {
  it('is a switch named by its label, described by its explanation, reporting the new state', () => {
    const onChange = jest.fn();
    render(
      <>
        <p id="why">Parents nearby may see your name.</p>
        <Switch
          label="Parents nearby can find me"
          checked={false}
          describedBy="why"
          onChange={onChange}
        />
      </>,
    );
    const toggle = screen.getByRole('switch', { name: 'Parents nearby can find me' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(toggle.getAttribute('aria-describedby')).toBe('why');

    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('waits while a change is being saved', () => {
    const onChange = jest.fn();
    render(<Switch label="Visible to organisers" checked busy onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: 'Visible to organisers' });
    expect(toggle.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(toggle);
    expect(onChange).not.toHaveBeenCalled();
  });
});
