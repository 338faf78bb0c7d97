import { fireEvent, render, screen } from '@testing-library/react';
import { CheckboxGroup, RadioGroup, TextAreaField, TextField } from './fields';

describe('TextField', () => {
  it('is named by its label and described by its hint', () => {
    render(<TextField label="Email address" hint="We only use it to sign you in." />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      'We only use it to sign you in.',
    );
  });

  it('is marked invalid and described by its error first, then its hint', () => {
    render(
      <TextField
        label="Password"
        type="password"
        hint="At least 10 characters."
        error="Too short."
      />,
    );
    const input = screen.getByLabelText('Password');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const [first, second] = input.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(first!)?.textContent).toBe('Too short.');
    expect(document.getElementById(second!)?.textContent).toBe('At least 10 characters.');
  });

  it('writes emails left to right even on a right-to-left page, and names as they come', () => {
    render(
      <>
        <TextField label="Email address" type="email" />
        <TextField label="Your name" dir="auto" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Email address' }).getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('textbox', { name: 'Your name' }).getAttribute('dir')).toBe('auto');
  });

  it('passes a ref to the control, so a form can focus it', () => {
    let element: HTMLTextAreaElement | null = null;
    render(<TextAreaField label="What for?" ref={(node) => void (element = node)} />);
    expect(element).toBe(screen.getByRole('textbox', { name: 'What for?' }));
  });
});

describe('CheckboxGroup', () => {
  const options = [
    { value: 'en', label: 'English' },
    { value: 'ur', label: 'Urdu' },
    { value: 'pl', label: 'Polish' },
  ];

  it('is a group named by its question', () => {
    render(
      <CheckboxGroup legend="Languages" options={options} values={['ur']} onChange={jest.fn()} />,
    );
    const group = screen.getByRole('group', { name: 'Languages' });
    expect(group.querySelectorAll('input:checked')).toHaveLength(1);
    expect((screen.getByRole('checkbox', { name: 'Urdu' }) as HTMLInputElement).checked).toBe(true);
  });

  it('reports the choices in the order they are offered, whatever order they were ticked in', () => {
    const onChange = jest.fn();
    render(
      <CheckboxGroup legend="Languages" options={options} values={['pl']} onChange={onChange} />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'English' }));
    expect(onChange).toHaveBeenLastCalledWith(['en', 'pl']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Polish' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

describe('RadioGroup', () => {
  it('is a named group of radios whose question and error are read with it', () => {
    const onChange = jest.fn();
    render(
      <RadioGroup
        legend="Is this an offer or a request?"
        error="Choose one."
        options={[
          { value: 'OFFER', label: 'An offer' },
          { value: 'REQUEST', label: 'A request' },
        ]}
        value=""
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Is this an offer or a request?' });
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Choose one.',
    );
    const request = screen.getByRole('radio', { name: 'A request' });
    expect(request.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(request);
    expect(onChange).toHaveBeenCalledWith('REQUEST');
  });

  it('shows the chosen value as checked', () => {
    render(
      <RadioGroup
        legend="Felt welcome?"
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value="no"
        onChange={() => undefined}
      />,
    );
    expect((screen.getByRole('radio', { name: 'No' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Yes' }) as HTMLInputElement).checked).toBe(false);
  });
});
