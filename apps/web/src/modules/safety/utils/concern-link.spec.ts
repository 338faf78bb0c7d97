import { concernAboutFrom, concernPath } from './concern-link';

const POST = '0b6f8f0e-2c1d-4a57-9d2e-6c1f2b3a4d5e';
const PERSON = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';

describe('concern links', () => {
  it('carry what a concern is about as ids only, and read them back', () => {
    const path = concernPath({ post: POST, person: PERSON });
    expect(path).toBe(`/safeguarding?post=${POST}&person=${PERSON}`);
    expect(concernAboutFrom(new URL(path, 'http://x').searchParams)).toEqual({
      helpPostId: POST,
      messageId: null,
      aboutPersonId: PERSON,
    });
    expect(concernPath()).toBe('/safeguarding');
  });

  it('ignore anything in a link that is not an id', () => {
    expect(concernAboutFrom(new URLSearchParams('post=../../x&message=1'))).toEqual({
      helpPostId: null,
      messageId: null,
      aboutPersonId: null,
    });
  });
});
