import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithApp } from '../../../../test/render';
import { EMPTY_SPACE, type SpaceDraft } from '../utils/space-draft';
import { SpaceForm } from './SpaceForm';

const hall: SpaceDraft = {
  name: 'Oak Hall',
  kind: 'COMMUNITY_CENTRE',
  address: '1 Oak Road',
  postcode: 'NS1 2AB',
  latitude: '53.79',
  longitude: '-1.75',
  accessibility: ['STEP_FREE'],
  openingHours: [{ weekday: '2', opens: '09:00', closes: '12:00' }],
};

describe('SpaceForm', () => {
  it('says what is missing, by field, and focuses the first problem without sending', async () => {
    const onSubmit = jest.fn();
    renderWithApp(
      <SpaceForm
        initial={EMPTY_SPACE}
        submitLabel="Publish place"
        busyLabel="…"
        busy={false}
        onSubmit={onSubmit}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Publish place' }));
    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(await screen.findByText('Give the place a name of 2 to 120 characters.')).toBeTruthy();
    expect(screen.getByText('Choose what type of place this is.')).toBeTruthy();
    expect(screen.getByText('Give a latitude between -90 and 90.')).toBeTruthy();
    expect(document.activeElement).toBe(name);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the draft with the accessibility ticked and the note for a suggestion', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    renderWithApp(
      <SpaceForm
        initial={hall}
        withNote
        submitLabel="Send suggestion"
        busyLabel="…"
        busy={false}
        onSubmit={onSubmit}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Baby changing' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Why this change/ }), {
      target: { value: 'They added a changing table.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send suggestion' }));
    await screen.findByRole('button', { name: 'Send suggestion' });
    expect(onSubmit).toHaveBeenCalledWith(
      { ...hall, accessibility: ['STEP_FREE', 'BABY_CHANGE'] },
      'They added a changing table.',
    );
  });

  it('shows the API’s refusal by the field it names', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'postcode must be shorter than or equal to 10 characters',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.postcode' },
        },
      ],
    });
    renderWithApp(
      <SpaceForm
        initial={hall}
        submitLabel="Save changes"
        busyLabel="…"
        busy={false}
        onSubmit={() => Promise.reject(refusal)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const postcode = screen.getByRole('textbox', { name: /Postcode/ });
    expect(
      await screen.findByText('postcode must be shorter than or equal to 10 characters'),
    ).toBeTruthy();
    expect(postcode.getAttribute('aria-invalid')).toBe('true');
  });

  it('edits opening hours row by row, and refuses a row that closes before it opens', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    renderWithApp(
      <SpaceForm
        initial={hall}
        submitLabel="Save changes"
        busyLabel="…"
        busy={false}
        onSubmit={onSubmit}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add opening hours' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Day, row 2' }), {
      target: { value: '4' },
    });
    fireEvent.change(screen.getByLabelText('Opens, row 2'), { target: { value: '18:00' } });
    fireEvent.change(screen.getByLabelText('Closes, row 2'), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Each row must close after it opens.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Opening hours' }));
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Closes, row 2'), { target: { value: '20:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove opening hours, row 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('button', { name: 'Save changes' });
    expect(onSubmit).toHaveBeenCalledWith(
      { ...hall, openingHours: [{ weekday: '4', opens: '18:00', closes: '20:00' }] },
      '',
    );
  });
});
