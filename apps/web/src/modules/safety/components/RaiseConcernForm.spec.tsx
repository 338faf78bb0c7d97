import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import {
  MySafeguardingConcernsQuery,
  RaiseSafeguardingConcernMutation,
} from '../graphql/safety.graphql';
import { RaiseConcernForm } from './RaiseConcernForm';
import { MyConcerns } from './MyConcerns';

const CONCERN = 'A child at the stay-and-play had bruises again.';
const mine = (concerns: { id: string; concern: string; status: string }[]) => ({
  request: { query: MySafeguardingConcernsQuery },
  result: {
    data: {
      mySafeguardingConcerns: concerns.map((concern) => ({
        __typename: 'MySafeguardingConcern',
        createdAt: '2026-03-02T10:00:00.000Z',
        updatedAt: '2026-03-02T10:00:00.000Z',
        ...concern,
      })),
    },
  },
});

describe('RaiseConcernForm', () => {
  it('says it goes to the safeguarding lead, not the moderators, and sends what it is about', async () => {
    renderWithApp(
      <>
        <RaiseConcernForm
          about={{ helpPostId: 'post-1', messageId: null, aboutPersonId: 'p2' }}
          aboutLabel="This concern will be linked to the post you came from."
        />
        <MyConcerns />
      </>,
      {
        mocks: [
          mine([]),
          {
            request: {
              query: RaiseSafeguardingConcernMutation,
              variables: {
                input: {
                  helpPostId: 'post-1',
                  messageId: null,
                  aboutPersonId: 'p2',
                  concern: CONCERN,
                },
              },
            },
            result: {
              data: {
                raiseSafeguardingConcern: {
                  __typename: 'MySafeguardingConcern',
                  id: 'c1',
                  concern: CONCERN,
                  status: 'RAISED',
                  createdAt: '2026-03-02T10:00:00.000Z',
                  updatedAt: '2026-03-02T10:00:00.000Z',
                },
              },
            },
          },
          mine([{ id: 'c1', concern: CONCERN, status: 'RAISED' }]),
        ],
      },
    );
    expect(screen.getByText(/goes to the town's safeguarding lead only/)).toBeTruthy();
    expect(screen.getByText(/does not go to the moderators/)).toBeTruthy();
    expect(screen.getByText(/call 999/)).toBeTruthy();
    expect(await screen.findByText("You haven't raised any concerns.")).toBeTruthy();

    const field = screen.getByRole('textbox', { name: 'What worries you?' });
    await userEvent.type(field, 'Bruises');
    await userEvent.click(screen.getByRole('button', { name: 'Send to the safeguarding lead' }));
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/at least 10 characters\)/)).toBeTruthy();

    await userEvent.clear(field);
    await userEvent.type(field, CONCERN);
    await userEvent.click(screen.getByRole('button', { name: 'Send to the safeguarding lead' }));

    const sent = await screen.findByText(/The safeguarding lead has your concern/);
    expect(document.activeElement).toBe(sent.closest('[tabindex="-1"]'));
    expect(await screen.findByText('Raised')).toBeTruthy();
    expect(screen.getByText(CONCERN)).toBeTruthy();
  });

  it('is written in Urdu for Urdu readers', () => {
    renderWithApp(<RaiseConcernForm about={{}} />, { language: 'ur' });
    expect(screen.getByRole('heading', { name: 'آپ کا خدشہ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'تحفظ کے ذمہ دار کو بھیجیں' })).toBeTruthy();
  });
});
