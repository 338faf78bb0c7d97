import { sessionsByNextDate } from './sessions-by-next-date';

describe('sessionsByNextDate', () => {
  it('puts the soonest first and sessions without a date to come last', () => {
    const sessions = [
      { title: 'Rhymes', nextOccurrences: [] },
      { title: 'Baby massage', nextOccurrences: ['2026-10-20T09:00:00.000Z'] },
      { title: 'Ended club', nextOccurrences: [] },
      { title: 'Stay and play', nextOccurrences: ['2026-10-13T09:00:00.000Z'] },
    ];
    expect(sessionsByNextDate(sessions).map((s) => s.title)).toEqual([
      'Stay and play',
      'Baby massage',
      'Ended club',
      'Rhymes',
    ]);
  });
});
