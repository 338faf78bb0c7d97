import { arrayLiteral, copyRow, copyText } from './copy-format';

describe('COPY text format', () => {
  it('leaves ordinary text alone', () => {
    expect(copyText("Maa aur Bachay Group – St Mary's")).toBe("Maa aur Bachay Group – St Mary's");
  });

  it('escapes backslashes, tabs and line breaks', () => {
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });

  it('writes NULL as \\N and separates columns with tabs', () => {
    expect(copyRow(['x', null, 3, 0.5])).toBe('x\t\\N\t3\t0.5\n');
  });

  it('writes plain array elements bare', () => {
    expect(arrayLiteral(['en', 'ur'])).toBe('{en,ur}');
    expect(arrayLiteral([])).toBe('{}');
  });

  it('quotes array elements that are empty, contain separators or spaces, or read as NULL', () => {
    expect(arrayLiteral(['', 'a,b', 'two words', 'null', 'say "hi"', 'back\\slash'])).toBe(
      '{"","a,b","two words","null","say \\"hi\\"","back\\\\slash"}',
    );
  });

  it('escapes an array literal again for COPY when it goes into a row', () => {
    expect(copyRow([arrayLiteral(['back\\slash'])])).toBe('{"back\\\\\\\\slash"}\n');
  });
});
