import { RuleTester } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { API_ROOT, FLOORS } from './api-floors.mjs';
import { floorsRule } from './floors.mjs';
import { cycles, folderImports } from './import-graph.mjs';

const repository = join(__dirname, '..', '..');
const src = (path) => join(repository, API_ROOT, path);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const upward = (from, to) => ({
  messageId: 'upward',
  data: { from, fromFloor: 'building blocks', to, toFloor: 'features' },
});

describe('the floors rule', () => {
  tester.run('village/floors', floorsRule, {
    valid: [
      // Down a floor, along a floor, inside a folder, and packages.
      {
        filename: src('help/help.service.ts'),
        code: "import { x } from '../screening/screen-text';",
      },
      {
        filename: src('help/help.service.ts'),
        code: "import { x } from '../exchanges/exchange.entity';",
      },
      {
        filename: src('groups/groups.service.ts'),
        code: "import { x } from '../graphql/domain-error';",
      },
      {
        filename: src('help/matching/help-match.ts'),
        code: "import { x } from '../../people/person.model';",
      },
      { filename: src('help/help.service.ts'), code: "import { x } from './help-post.entity';" },
      { filename: src('help/help.service.ts'), code: "import { x } from '@village/shared';" },
      // The composition root wires everything; a unit spec may build the whole schema.
      { filename: src('app.module.ts'), code: "import { x } from './help/help.module';" },
      {
        filename: src('access/policy-coverage.spec.ts'),
        code: "import { x } from '../build-schema';",
      },
    ],
    invalid: [
      {
        filename: src('groups/groups.service.ts'),
        code: "import { x } from '../help/help.service';",
        errors: [upward('groups', 'help')],
      },
      {
        filename: src('screening/hold-for-review.ts'),
        code: "import type { HelpPostEntity } from '../help/help-post.entity';",
        errors: [upward('screening', 'help')],
      },
      {
        filename: src('people/dto/profile.input.ts'),
        code: "export { x } from '../../moderation/moderation.model';",
        errors: [upward('people', 'moderation')],
      },
      {
        filename: src('database/find.ts'),
        code: "import { x } from '../people/person.entity';",
        errors: [
          {
            messageId: 'upward',
            data: {
              from: 'database',
              fromFloor: 'kernel',
              to: 'people',
              toFloor: 'building blocks',
            },
          },
        ],
      },
      {
        filename: src('help/help.service.ts'),
        code: "import { x } from '../app.module';",
        errors: [{ messageId: 'root' }],
      },
      {
        filename: src('gadgets/gadget.ts'),
        code: "import { x } from '../help/help.service';",
        errors: [{ messageId: 'noFloor', data: { folder: 'gadgets' } }],
      },
    ],
  });
});

describe('the API as it is', () => {
  const graph = folderImports(join(repository, API_ROOT));
  const kernel = new Set(FLOORS[0].folders);

  it('puts every folder on a floor', () => {
    const placed = new Set(FLOORS.flatMap((floor) => floor.folders));
    expect([...graph.keys()].filter((folder) => !placed.has(folder))).toEqual([]);
  });

  it('has no folders above the kernel that import each other, directly or round a loop', () => {
    const aboveKernel = new Map(
      [...graph]
        .filter(([folder]) => !kernel.has(folder))
        .map(([folder, imports]) => [
          folder,
          new Set([...imports].filter((to) => !kernel.has(to))),
        ]),
    );
    expect(cycles(aboveKernel)).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const graphWithLoop = new Map([
      ['help', new Set(['screening'])],
      ['screening', new Set(['blocks'])],
      ['blocks', new Set(['help'])],
      ['people', new Set()],
    ]);
    expect(cycles(graphWithLoop)).toEqual([['blocks', 'help', 'screening']]);
  });
});
