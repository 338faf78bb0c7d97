import { isMyPost } from './my-post';

const me = { person: { id: 'me' }, organising: [{ id: 'my-group' }] };

describe('isMyPost', () => {
  it('is mine when I wrote it or a group I organise did', () => {
    expect(isMyPost({ authorPerson: { id: 'me', displayName: 'Me' }, authorGroup: null }, me)).toBe(
      true,
    );
    expect(
      isMyPost({ authorPerson: null, authorGroup: { id: 'my-group', name: 'Mine' } }, me),
    ).toBe(true);
  });

  it('is not mine when someone else or another group wrote it', () => {
    expect(
      isMyPost({ authorPerson: { id: 'sam', displayName: 'Sam' }, authorGroup: null }, me),
    ).toBe(false);
    expect(isMyPost({ authorPerson: null, authorGroup: { id: 'other', name: 'Other' } }, me)).toBe(
      false,
    );
  });
});
