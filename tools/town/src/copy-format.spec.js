"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const copy_format_1 = require("./copy-format");
describe('COPY text format', () => {
    it('leaves ordinary text alone', () => {
        expect((0, copy_format_1.copyText)("Maa aur Bachay Group – St Mary's")).toBe("Maa aur Bachay Group – St Mary's");
    });
    it('escapes backslashes, tabs and line breaks', () => {
        expect((0, copy_format_1.copyText)('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    });
    it('writes NULL as \\N and separates columns with tabs', () => {
        expect((0, copy_format_1.copyRow)(['x', null, 3, 0.5])).toBe('x\t\\N\t3\t0.5\n');
    });
    it('writes plain array elements bare', () => {
        expect((0, copy_format_1.arrayLiteral)(['en', 'ur'])).toBe('{en,ur}');
        expect((0, copy_format_1.arrayLiteral)([])).toBe('{}');
    });
    it('quotes array elements that are empty, contain separators or spaces, or read as NULL', () => {
        expect((0, copy_format_1.arrayLiteral)(['', 'a,b', 'two words', 'null', 'say "hi"', 'back\\slash'])).toBe('{"","a,b","two words","null","say \\"hi\\"","back\\\\slash"}');
    });
    it('escapes an array literal again for COPY when it goes into a row', () => {
        expect((0, copy_format_1.copyRow)([(0, copy_format_1.arrayLiteral)(['back\\slash'])])).toBe('{"back\\\\\\\\slash"}\n');
    });
});
