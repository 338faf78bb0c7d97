import { fireEvent, render, screen } from '@testing-library/react';
import { SelectField } from './SelectField';

describe('SelectField', () => {
  const options = [
    { value: '', label: 'All groups' },
    { value: 'FAITH', label: 'Faith' },
  ];

  it('is a select named by its visible label', () => {
    render(
      <SelectField label="Type of group" value="" options={options} onChange={() => undefined} />,
    );
    const select = screen.getByRole('combobox', { name: 'Type of group' }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All groups',
      'Faith',
    ]);
  });

  it('reports the chosen value', () => {
    const onChange = jest.fn();
    render(<SelectField label="Type of group" value="" options={options} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Type of group' }), {
      target: { value: 'FAITH' },
    });
    expect(onChange).toHaveBeenCalledWith('FAITH');
  });
});
