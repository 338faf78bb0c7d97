import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { UpdateMyProfileMutation } from '../graphql/update-profile.mutation';
import { ProfileForm } from './ProfileForm';

const today = new Date('2026-10-14T12:00:00Z');
const person = {
  __typename: 'Person',
  id: 'p1',
  displayName: 'Amina',
  areaCell: '881942cce7fffff',
  languages: ['ur'],
  suitableWeekdays: [4],
  lifeStage: { __typename: 'LifeStage', expecting: false, dueMonth: null, childAgesMonths: [9] },
} as Parameters<typeof ProfileForm>[0]['person'];

describe('ProfileForm', () => {
  it('starts from the profile as it is and saves the changes, clearing what was removed', async () => {
    const onDone = jest.fn();
    renderWithApp(<ProfileForm person={person} onDone={onDone} today={today} />, {
      mocks: [
        {
          request: {
            query: UpdateMyProfileMutation,
            variables: {
              input: {
                displayName: 'Amina K',
                languages: ['ur'],
                areaCell: null,
                lifeStage: { dueMonth: null, childBirthMonths: ['2026-01'] },
                suitableWeekdays: [2, 4],
              },
            },
          },
          result: {
            data: {
              updateMyProfile: {
                ...person,
                displayName: 'Amina K',
                areaCell: null,
                suitableWeekdays: [2, 4],
              },
            },
          },
        },
      ],
    });
    // The child's birth month comes back from their age: 9 months in October 2026.
    expect((screen.getByLabelText('Child 1: month of birth') as HTMLInputElement).value).toBe(
      '2026-01',
    );
    expect(
      screen.getByText('Your rough area is set. Your exact position was not kept.'),
    ).toBeTruthy();

    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), ' K');
    await userEvent.click(screen.getByRole('button', { name: 'Remove my rough area' }));
    // The days that suit her: one question, a checkbox for each day, ticked from her profile.
    const days = screen.getByRole('group', { name: 'Days that suit you' });
    expect(within(days).getByRole('checkbox', { name: 'Thursday' })).toHaveProperty(
      'checked',
      true,
    );
    await userEvent.click(within(days).getByRole('checkbox', { name: 'Tuesday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it('keeps the name required', async () => {
    renderWithApp(<ProfileForm person={person} onDone={jest.fn()} today={today} />);
    const name = screen.getByRole('textbox', { name: 'Your name' });
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText("Enter the name you'd like people to see.")).toBeTruthy();
    expect(document.activeElement).toBe(name);
  });
});
