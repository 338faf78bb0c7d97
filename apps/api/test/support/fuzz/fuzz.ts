import type { GraphQLSchema } from 'graphql';
import type { TestApi } from '../test-api';
import { className, Failure, FailureClass, hazardsOf, mainSymptom, shrink } from './diagnose';
import { FuzzCase, OperationGenerator } from './operations';
import { Prng } from './prng';
import { inPool, FuzzRunner } from './runner';
import { FUZZ_ROLES, FuzzWorld } from './seed';
import { ValueGenerator } from './values';
import { codesOf } from './verdict';

export interface FuzzOptions {
  seed: number;
  /** Operations to generate and send. */
  operations: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Failing cases shrunk at most (each costs up to 60 replays). */
  maxShrinks?: number;
}

/** Every failure of one class: how many, on which root fields, and the smallest case to replay. */
export interface ClassReport {
  name: string;
  found: FailureClass;
  count: number;
  fields: Set<string>;
  smallest: Failure;
}

export interface FuzzResult {
  seed: number;
  sent: number;
  /** Root fields each operation type covered. */
  fields: Set<string>;
  classes: ClassReport[];
}

/** Cases between which the fuzzer puts roles back (renewed sessions, reset town-wide roles). */
const CHUNK = 100;

const sizeOf = (fuzzCase: FuzzCase) =>
  fuzzCase.query.length + JSON.stringify(fuzzCase.variables).length;

/**
 * Generates `operations` cases from the schema with the seed, sends them, then groups the failures
 * by class: each group's first (smallest) failure is shrunk to the input it needs, and later
 * failures on the same field whose input carries those causes join its class, so one class found
 * everywhere (say NUL characters) cannot hide another.
 */
export async function runFuzz(
  api: TestApi,
  world: FuzzWorld,
  schema: GraphQLSchema,
  options: FuzzOptions,
): Promise<FuzzResult> {
  const random = new Prng(options.seed);
  const generator = new OperationGenerator(schema, new ValueGenerator(world.pools), {
    roles: FUZZ_ROLES,
  });
  const cases = generator.generate(random, options.operations);
  const runner = new FuzzRunner(api, world);
  const failures: Failure[] = [];
  const send = async (fuzzCase: FuzzCase) => {
    const { outcome, symptoms } = await runner.symptoms(fuzzCase);
    if (symptoms.length) failures.push({ fuzzCase, outcome, symptoms });
  };
  for (let start = 0; start < cases.length; start += CHUNK) {
    const chunk = cases.slice(start, start + CHUNK);
    // Subscriptions mostly wait out their quiet window, so more of them are open at once.
    await Promise.all([
      inPool(
        chunk.filter((fuzzCase) => fuzzCase.transport === 'http'),
        options.concurrency ?? 4,
        send,
      ),
      inPool(
        chunk.filter((fuzzCase) => fuzzCase.transport === 'ws'),
        12,
        send,
      ),
    ]);
    await runner.heal();
  }

  const classes = new Map<string, ClassReport>();
  const diagnosed = new Map<string, FailureClass[]>();
  let shrinks = 0;
  failures.sort((a, b) => sizeOf(a.fuzzCase) - sizeOf(b.fuzzCase));
  for (const failure of failures) {
    const { fuzzCase } = failure;
    const key = `${fuzzCase.transport} ${fuzzCase.field} ${mainSymptom(failure.symptoms)}`;
    const hazards = hazardsOf(schema, world.pools, fuzzCase);
    let found = diagnosed
      .get(key)
      ?.find((known) => known.causes.every((cause) => hazards.includes(cause)));
    let smallest = failure;
    if (!found && shrinks < (options.maxShrinks ?? 40)) {
      shrinks++;
      ({ found, smallest } = await shrink(schema, world.pools, failure, (candidate) =>
        runner.symptoms(candidate),
      ));
      diagnosed.set(key, [...(diagnosed.get(key) ?? []), found]);
      await runner.heal();
    }
    found ??= {
      symptom: mainSymptom(failure.symptoms),
      causes: hazards,
      transport: fuzzCase.transport,
      operation: fuzzCase.operation,
    };
    const name = `${className(found)} (${found.transport})`;
    const report = classes.get(name) ?? { name, found, count: 0, fields: new Set(), smallest };
    report.count++;
    report.fields.add(fuzzCase.field);
    if (sizeOf(smallest.fuzzCase) < sizeOf(report.smallest.fuzzCase)) report.smallest = smallest;
    classes.set(name, report);
  }
  return {
    seed: options.seed,
    sent: cases.length,
    fields: new Set(cases.map((fuzzCase) => `${fuzzCase.operation} ${fuzzCase.field}`)),
    classes: [...classes.values()].sort((a, b) => b.count - a.count),
  };
}

/** Long strings shortened for reading; the seed replays the exact values. */
const readable = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' && item.length > 120
      ? `${item.slice(0, 40)}… (${item.length} characters)`
      : item,
  );

/** A class of failure as the report shows it: enough to see the cause and replay it. */
export function describeClass(report: ClassReport): string {
  const { fuzzCase, outcome, symptoms } = report.smallest;
  return [
    `${report.name}: ${report.count} operation(s) on ${[...report.fields].sort().join(', ')}`,
    `  smallest, as ${fuzzCase.role} over ${fuzzCase.transport} (${symptoms.join(', ')}; codes ${codesOf(outcome).join(', ') || 'none'}${outcome.status ? `; HTTP ${outcome.status}` : ''}${outcome.closeCode ? `; closed ${outcome.closeCode}` : ''}):`,
    `  query:     ${fuzzCase.query}`,
    `  variables: ${readable(fuzzCase.variables)}`,
    `  response:  ${outcome.text.slice(0, 600)}`,
  ].join('\n');
}
