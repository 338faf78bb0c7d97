#!/usr/bin/env node
// Fails when apps/web/src/gql no longer matches what graphql-codegen makes from the schema and the
// documents: regenerates into a temporary folder with the same configuration and compares file by file.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const committedDir = join(root, 'apps/web/src/gql');
const outputKey = 'apps/web/src/gql/';

process.chdir(root); // codegen.ts paths are relative to the workspace root
const { config } = await loadCodegenConfig({ configFilePath: join(root, 'apps/web/codegen.ts') });
const target = config.generates[outputKey];
if (!target) throw new Error(`apps/web/codegen.ts has no "${outputKey}" output`);

const tempDir = await mkdtemp(join(tmpdir(), 'village-codegen-'));
try {
  await generate({ ...config, silent: true, generates: { [`${tempDir}/`]: target } }, true);

  const list = async (dir) => (await readdir(dir)).sort();
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
    console.error(`${relative(root, committedDir)} is stale (${problems.join(', ')}).`);
    console.error('Regenerate it with: npx nx run web:codegen');
    process.exitCode = 1;
  } else {
    console.log(`${relative(root, committedDir)} is up to date.`);
  }
} finally {
  await rm(tempDir, { recursive: true, force: true });
}
