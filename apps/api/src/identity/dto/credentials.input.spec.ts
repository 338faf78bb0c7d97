import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EmailArgs, SignUpInput } from './credentials.input';

const problems = async (email: string) => ({
  reset: (await validate(plainToInstance(EmailArgs, { email }))).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  ),
  signUp: (
    await validate(
      plainToInstance(SignUpInput, {
        email,
        password: 'a long enough password',
        profile: { displayName: 'Amira B.' },
      }),
    )
  ).flatMap((error) => Object.values(error.constraints ?? {})),
});

describe('email addresses', () => {
  it('takes an address', async () => {
    expect(await problems('amira@example.test')).toEqual({ reset: [], signUp: [] });
  });

  it('refuses text with an unpaired surrogate as not an address, rather than failing', async () => {
    for (const email of ['\uD800', 'a\uDC00@example.test'])
      expect(await problems(email)).toEqual({
        reset: ['email must be an email address'],
        signUp: ['email must be an email address'],
      });
  });
});
