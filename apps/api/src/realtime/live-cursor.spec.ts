import { parse } from 'graphql';
import { asksForLiveCursor } from './live-cursor';

describe('asksForLiveCursor', () => {
  it('finds liveCursor at the root, in an inline fragment or in a named fragment', () => {
    expect(asksForLiveCursor(parse('{ liveCursor helpPosts { totalCount } }'))).toBe(true);
    expect(asksForLiveCursor(parse('{ ... on Query { liveCursor } }'))).toBe(true);
    expect(
      asksForLiveCursor(parse('query Board { ...Live } fragment Live on Query { liveCursor }')),
    ).toBe(true);
  });

  it('ignores other operations, liveCursor below the root, and mutations', () => {
    const document = parse('query A { liveCursor } query B { me { id } }');
    expect(asksForLiveCursor(document, 'A')).toBe(true);
    expect(asksForLiveCursor(document, 'B')).toBe(false);
    expect(asksForLiveCursor(parse('{ me { liveCursor: id } }'))).toBe(false);
    expect(asksForLiveCursor(parse('mutation { liveCursor }'))).toBe(false);
  });
});
