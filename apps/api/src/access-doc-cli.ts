/**
 * Writes the policy of every operation and every reachable field into docs/access.md, between the
 * policy-table markers (the rest of the doc is written by hand), so a change of policy shows up in
 * review and the role matrix (test/access-matrix*.integration-spec.ts) reads the reviewed table.
 *   write   regenerate the section
 *   check   exit 1 when the committed doc differs from the code
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildAppSchema } from './build-schema';
import { policyTable, renderPolicyTable, withPolicyTable } from './access/policy-table';

const DOC = join(process.cwd(), 'docs/access.md');

async function main() {
  const mode = process.argv[2];
  if (mode !== 'write' && mode !== 'check') {
    console.error('usage: access-doc-cli write | check');
    process.exitCode = 2;
    return;
  }
  const committed = await readFile(DOC, 'utf8');
  const generated = withPolicyTable(
    committed,
    renderPolicyTable(policyTable(await buildAppSchema())),
  );
  // Formatted as `prettier --check` wants it, so the two checks agree.
  const doc = await format(generated, { ...(await resolveConfig(DOC)), filepath: DOC });
  if (mode === 'write') {
    await writeFile(DOC, doc);
    console.log(`Wrote the policy table in ${DOC}`);
  } else if (committed !== doc) {
    console.error(
      'docs/access.md does not match the policies in the code: run `node dist/api/apps/api/src/access-doc-cli.js write`, review the change and commit it.',
    );
    process.exitCode = 1;
  } else {
    console.log('docs/access.md matches the policies in the code.');
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
