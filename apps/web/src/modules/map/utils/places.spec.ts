import { groupByPlace } from './places';

const hall = { id: 'hall', latitude: 53.79, longitude: -1.75 };
const library = { id: 'library', latitude: 53.8, longitude: -1.76 };

describe('groupByPlace', () => {
  it('gives each place once, in the order the list first reaches it, with its items', () => {
    const items = [
      { title: 'Rhymes', at: library },
      { title: 'Stay and play', at: hall },
      { title: 'Bump club', at: library },
    ];
    expect(groupByPlace(items, (item) => item.at)).toEqual([
      { place: library, items: [items[0], items[2]] },
      { place: hall, items: [items[1]] },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByPlace([], () => hall)).toEqual([]);
  });
});
