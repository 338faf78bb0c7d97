import { render, screen } from '@testing-library/react';
import { Facts } from './Facts';

it('pairs each term with its details in a description list', () => {
  render(
    <Facts
      items={[
        { term: 'Ages', details: '0–12 months' },
        { term: 'Cost', details: 'Free' },
      ]}
    />,
  );
  expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Ages', 'Cost']);
  expect(screen.getAllByRole('definition').map((definition) => definition.textContent)).toEqual([
    '0–12 months',
    'Free',
  ]);
});
