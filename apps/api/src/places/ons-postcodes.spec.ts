import { areaCellFor } from '@village/shared';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { onsColumns, OnsLine, readOnsPostcodes, splitCsvLine } from './ons-postcodes';

const FIXTURE = join(__dirname, '../../test/fixtures/ons-postcodes.csv');

async function linesOf(input: Readable): Promise<OnsLine[]> {
  const lines: OnsLine[] = [];
  for await (const line of readOnsPostcodes(input)) lines.push(line);
  return lines;
}

describe('splitCsvLine', () => {
  it('reads quoted fields, doubled quotes and empty fields', () => {
    expect(splitCsvLine('"a,b","say ""hi""",,3\r')).toEqual(['a,b', 'say "hi"', '', '3']);
  });
});

describe('readOnsPostcodes', () => {
  it('keeps live postcodes with their position, cell, ward and LSOA 2021 codes', async () => {
    const lines = await linesOf(createReadStream(FIXTURE));
    const live = lines.flatMap((line) => (line.kind === 'live' ? [line.row] : []));
    expect(live.map((row) => row.postcode)).toEqual(['BD1 1AA', 'BD1 1AB', 'BD8 7QX', 'LS6 1AA']);
    expect(live[0]).toEqual({
      postcode: 'BD1 1AA',
      latitude: 53.7946,
      longitude: -1.7564,
      areaCell: areaCellFor(53.7946, -1.7564),
      wardCode: 'E05001355',
      lsoaCode: 'E01010601',
    });
  });

  it('skips terminated postcodes and those the ONS cannot place', async () => {
    const lines = await linesOf(createReadStream(FIXTURE));
    expect(lines.filter((line) => line.kind === 'terminated')).toEqual([
      { kind: 'terminated', postcode: 'BD1 9ZZ' },
    ]);
    expect(lines.filter((line) => line.kind === 'unplaced')).toEqual([
      { kind: 'unplaced', postcode: 'BD99 9AX' },
    ]);
  });

  it('reads an NSPL header (upper case, ward, lsoa11 only) and reports bad lines by number', async () => {
    const csv = [
      'PCD,PCDS,DOTERM,WARD,LSOA11,LAT,LONG',
      'BD11AA,bd1 1aa,,E05001355,E01010600,53.7946,-1.7564',
      'XX,not a postcode,,,,53.7,-1.7',
      'BD11AB,BD1 1AB,,,,north,-1.7',
    ].join('\n');
    const lines = await linesOf(Readable.from([csv]));
    expect(lines[0]).toMatchObject({
      kind: 'live',
      row: { postcode: 'BD1 1AA', wardCode: 'E05001355', lsoaCode: 'E01010600' },
    });
    expect(lines[1]).toEqual({ kind: 'invalid', line: 3, reason: 'pcds is not a UK postcode' });
    expect(lines[2]).toEqual({ kind: 'invalid', line: 4, reason: 'lat or long is not a number' });
  });

  it('refuses a file without the columns it needs', () => {
    expect(() => onsColumns(['pcd', 'lat', 'long'])).toThrow(/no pcds, doterm column/);
  });
});
