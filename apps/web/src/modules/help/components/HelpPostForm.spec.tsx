import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { helpPost } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { CreateHelpPostMutation } from '../graphql/my-help.graphql';
import { HelpPostForm } from './HelpPostForm';

const CELL = '8819429a9dfffff';
const organiser = {
  person: { id: 'me', areaCell: CELL, languages: ['en', 'ur'] },
  organising: [{ id: 'g1', name: 'Masjid Noor Sisters' }],
};
const today = new Date('2026-11-22T10:00:00Z');

describe('HelpPostForm', () => {
  it('checks every field before sending and focuses the first problem', async () => {
    renderWithApp(
      <HelpPostForm
        me={{ ...organiser, person: { ...organiser.person, areaCell: null } }}
        today={today}
      />,
      {
        url: '/help/new',
        path: '/help/new',
      },
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'ab');
    await userEvent.click(screen.getByRole('button', { name: 'Post it' }));

    const offer = screen.getByRole('radio', { name: 'An offer: I can help' });
    expect(document.activeElement).toBe(offer);
    const kind = screen.getByRole('group', { name: 'Is it an offer or a request?' });
    expect(within(kind).getByText('Choose whether this is an offer or a request.')).toBeTruthy();
    expect(screen.getByText('Choose a category.')).toBeTruthy();
    expect(screen.getByText('Give it a title of at least 3 characters.')).toBeTruthy();
    expect(screen.getByText(/Choose where, roughly/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('posts an offer for a group I organise, with its week and languages, then opens it', async () => {
    renderWithApp(<HelpPostForm me={organiser} today={today} />, {
      url: '/help/new',
      path: '/help/new',
      mocks: [
        {
          request: {
            query: CreateHelpPostMutation,
            variables: {
              input: {
                kind: 'OFFER',
                category: 'BABY_ITEMS',
                title: 'Baby clothes 0–6 months',
                description: 'Three bags, washed.',
                availability: '',
                availabilitySlots: [
                  { weekday: 2, partOfDay: 'MORNING' },
                  { weekday: 6, partOfDay: 'AFTERNOON' },
                ],
                languages: ['en', 'ur'],
                quantity: 3,
                expiresAt: '2026-12-20T23:59:00.000Z',
                authorGroupId: 'g1',
                areaCell: CELL,
              },
            },
          },
          result: {
            data: { createHelpPost: helpPost('new-1', { title: 'Baby clothes 0–6 months' }) },
          },
        },
      ],
    });
    expect(screen.getByRole('status').textContent).toBe('Using the rough area from your profile.');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Post as' }),
      'Masjid Noor Sisters',
    );
    await userEvent.click(screen.getByRole('radio', { name: 'An offer: I can help' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Category' }),
      'Baby things',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Baby clothes 0–6 months');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'More about it (optional)' }),
      'Three bags, washed.',
    );
    // Ticked out of order: sent in week order.
    const saturday = screen.getByRole('group', { name: 'Saturday' });
    await userEvent.click(within(saturday).getByRole('checkbox', { name: 'afternoon' }));
    const tuesday = screen.getByRole('group', { name: 'Tuesday' });
    await userEvent.click(within(tuesday).getByRole('checkbox', { name: 'morning' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'How many (optional)' }), '3');
    await userEvent.type(screen.getByLabelText('Open until (optional)'), '2026-12-20');
    await userEvent.click(screen.getByRole('button', { name: 'Post it' }));

    await screen.findByText('/help/posts/new-1');
    // Many fields typed key by key: slow on a busy machine, so more time than the default.
  }, 20_000);

  it('shows the API’s refusal on the field it names', async () => {
    renderWithApp(<HelpPostForm me={organiser} kind="REQUEST" today={today} />, {
      url: '/help/new',
      path: '/help/new',
      mocks: [
        {
          request: { query: CreateHelpPostMutation, variables: () => true },
          result: {
            errors: [
              {
                message: 'The expiry must be in the future.',
                extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt' },
              },
            ],
          },
        },
      ],
    });
    expect(
      (screen.getByRole('radio', { name: 'A request: I would like help' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Lifts');
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Lift to the clinic');
    await userEvent.type(screen.getByLabelText('Open until (optional)'), '2026-11-22');
    await userEvent.click(screen.getByRole('button', { name: 'Post it' }));

    const expiry = screen.getByLabelText('Open until (optional)');
    expect(await screen.findByText('The expiry must be in the future.')).toBeTruthy();
    expect(expiry.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(expiry);
  });

  it('reads right to left in Urdu', () => {
    renderWithApp(<HelpPostForm me={organiser} today={today} />, {
      url: '/help/new',
      path: '/help/new',
      language: 'ur',
    });
    expect(screen.getByRole('group', { name: 'یہ پیشکش ہے یا درخواست؟' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'شائع کریں' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
