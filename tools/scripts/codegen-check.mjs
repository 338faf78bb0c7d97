#!/usr/bin/env node
// Fails when a committed graphql-codegen output folder no longer matches what codegen makes from the
// schema and the documents: regenerates each folder output of the given configuration into a
// temporary folder and compares file by file.
//   node tools/scripts/codegen-check.mjs <codegen config> <the nx target that regenerates it>
// e.g. node tools/scripts/codegen-check.mjs apps/web/codegen.ts web:codegen
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [configPath, regenerateTarget] = process.argv.slice(2);
if (!configPath || !regenerateTarget) {
  console.error('usage: codegen-check.mjs <codegen config> <nx target that regenerates it>');
  process.exit(2);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root); // codegen configurations' paths are relative to the workspace root
const { config } = await loadCodegenConfig({ configFilePath: join(root, configPath) });
const outputs = Object.keys(config.generates).filter((key) => key.endsWith('/'));
if (outputs.length === 0) throw new Error(`${configPath} has no folder output`);

const list = async (dir) => (await readdir(dir)).sort();
for (const outputKey of outputs) {
  const committedDir = join(root, outputKey);
  const tempDir = await mkdtemp(join(tmpdir(), 'village-codegen-'));
  try {
    try {
      await generate(
        { ...config, silent: true, generates: { [`${tempDir}/`]: config.generates[outputKey] } },
        true,
      );
    } catch (error) {
      // A document the schema refuses (a misspelt field): say which, without a stack trace.
      console.error(`${outputKey} cannot be generated:\n${error.message ?? error}`);
      process.exitCode = 1;
      continue;
    }
    const [fresh, committed] = await Promise.all([list(tempDir), list(committedDir)]);
    const problems = [];
    for (const name of new Set([...fresh, ...committed])) {
      if (!committed.includes(name)) problems.push(`missing: ${name}`);
      else if (!fresh.includes(name)) problems.push(`no longer generated: ${name}`);
      else if (
        (await readFile(join(tempDir, name), 'utf8')) !==
        (await readFile(join(committedDir, name), 'utf8'))
      )
        problems.push(`out of date: ${name}`);
    }
    if (problems.length) {
      console.error(`${outputKey} is stale (${problems.join(', ')}).`);
      console.error(`Regenerate it with: npx nx run ${regenerateTarget}`);
      process.exitCode = 1;
    } else {
      console.log(`${outputKey} is up to date.`);
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}
