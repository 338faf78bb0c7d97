import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { PostcodeRow, readOnsPostcodes } from './ons-postcodes';
import { postcodesRepository } from './postcodes.repository';

export interface PostcodeImportResult {
  /** Live postcodes added or refreshed. */
  loaded: number;
  /** Terminated postcodes skipped (and removed, if an earlier import had them). */
  terminated: number;
  removed: number;
  /** Live postcodes the ONS gives no position. */
  unplaced: number;
  /** Lines that could not be read, with why (the first few). */
  invalid: number;
  problems: string[];
}

const BATCH = 5_000;
const PROBLEMS_KEPT = 20;

/**
 * Streams an ONS Postcode Directory (or NSPL) CSV into the postcode table, in batches of 5,000
 * upserts, all in one transaction: a failed import leaves the table as it was. `onProgress` hears
 * the count of lines read after each batch.
 */
export async function importOnsPostcodes(
  dataSource: DataSource,
  input: Readable,
  onProgress?: (linesRead: number) => void,
): Promise<PostcodeImportResult> {
  const result: PostcodeImportResult = {
    loaded: 0,
    terminated: 0,
    removed: 0,
    unplaced: 0,
    invalid: 0,
    problems: [],
  };
  await dataSource.transaction(async (manager) => {
    let live: PostcodeRow[] = [];
    let gone: string[] = [];
    let read = 0;
    const flush = async () => {
      await postcodesRepository.upsert(manager, live);
      result.removed += await postcodesRepository.remove(manager, gone);
      result.loaded += live.length;
      live = [];
      gone = [];
      onProgress?.(read);
    };
    for await (const line of readOnsPostcodes(input)) {
      read++;
      if (line.kind === 'live') live.push(line.row);
      else if (line.kind === 'invalid') {
        result.invalid++;
        if (result.problems.length < PROBLEMS_KEPT)
          result.problems.push(`line ${line.line}: ${line.reason}`);
      } else {
        gone.push(line.postcode);
        if (line.kind === 'terminated') result.terminated++;
        else result.unplaced++;
      }
      if (live.length + gone.length >= BATCH) await flush();
    }
    await flush();
  });
  return result;
}
