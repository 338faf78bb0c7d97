import { areaCellFor } from '@village/shared';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { normalisePostcode } from './postcode';

/** One live postcode, as the postcode table keeps it. */
export interface PostcodeRow {
  postcode: string;
  latitude: number;
  longitude: number;
  areaCell: string;
  wardCode: string | null;
  lsoaCode: string | null;
}

/** What one line of an ONS file is: a postcode to keep, one to drop, or nothing to use. */
export type OnsLine =
  | { kind: 'live'; row: PostcodeRow }
  /** Terminated (`doterm` set): no longer in use, so not searched from. */
  | { kind: 'terminated'; postcode: string }
  /** Live, but the ONS gives it no position (lat 99.999999): nothing to search from. */
  | { kind: 'unplaced'; postcode: string }
  | { kind: 'invalid'; line: number; reason: string };

/** Splits one CSV line (RFC 4180 quoting; ONS lines hold no line breaks inside fields). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field.replace(/\r$/, ''));
  return fields;
}

/**
 * Where each column we read sits, from the header of an ONS Postcode Directory (ONSPD) or
 * National Statistics Postcode Lookup (NSPL) file: `pcds`, `doterm`, `lat`, `long`, and the ward
 * (`osward` in ONSPD, `ward` in NSPL) and LSOA (`lsoa21`, else `lsoa11`) codes when present.
 */
export function onsColumns(header: string[]) {
  const names = header.map((name) =>
    name
      .trim()
      .replace(/^\uFEFF/, '')
      .toLowerCase(),
  );
  const at = (...candidates: string[]) => {
    for (const name of candidates) {
      const index = names.indexOf(name);
      if (index >= 0) return index;
    }
    return -1;
  };
  const columns = {
    pcds: at('pcds'),
    doterm: at('doterm'),
    lat: at('lat'),
    long: at('long'),
    ward: at('osward', 'ward'),
    lsoa: at('lsoa21', 'lsoa11'),
  };
  const missing = (['pcds', 'doterm', 'lat', 'long'] as const).filter((key) => columns[key] < 0);
  if (missing.length)
    throw new Error(
      `Not an ONS postcode file: the header has no ${missing.join(', ')} column (expected ONSPD or NSPL CSV).`,
    );
  return columns;
}

/** Reads one data line of an ONS file whose header gave `columns`. */
export function readOnsLine(
  fields: string[],
  columns: ReturnType<typeof onsColumns>,
  line: number,
): OnsLine {
  const field = (index: number) => (index >= 0 ? (fields[index] ?? '').trim() : '');
  const postcode = normalisePostcode(field(columns.pcds));
  if (!postcode) return { kind: 'invalid', line, reason: 'pcds is not a UK postcode' };
  if (field(columns.doterm) !== '') return { kind: 'terminated', postcode };
  const latitude = Number(field(columns.lat));
  const longitude = Number(field(columns.long));
  if (field(columns.lat) === '' || !Number.isFinite(latitude) || !Number.isFinite(longitude))
    return { kind: 'invalid', line, reason: 'lat or long is not a number' };
  // The ONS writes 99.999999, 0 for a postcode it cannot place.
  if (latitude > 90 || latitude < -90) return { kind: 'unplaced', postcode };
  return {
    kind: 'live',
    row: {
      postcode,
      latitude,
      longitude,
      areaCell: areaCellFor(latitude, longitude),
      wardCode: field(columns.ward) || null,
      lsoaCode: field(columns.lsoa) || null,
    },
  };
}

/** The lines of an ONS postcode CSV, read as they stream in (the full file is about 1 GB). */
export async function* readOnsPostcodes(input: Readable): AsyncGenerator<OnsLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let columns: ReturnType<typeof onsColumns> | null = null;
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    const fields = splitCsvLine(text);
    if (!columns) {
      columns = onsColumns(fields);
      continue;
    }
    yield readOnsLine(fields, columns, number);
  }
  if (!columns) throw new Error('The postcode file is empty.');
}
