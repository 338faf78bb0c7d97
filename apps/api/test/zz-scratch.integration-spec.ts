import { createGroup } from './support/factories';
import { startTestApi } from './support/test-api';
it('scratch', async () => {
  const api = await startTestApi({ logLevel: 'error' } as never);
  const m = await api.signUp('X');
  const o = await api.signUp('O');
  const g = await createGroup(o);
  const G = g.id.toUpperCase();
  for (const [q, v] of [
    ['mutation ($g: ID!) { joinGroup(groupId: $g) { group { name } } }', { g: G }],
    ['query ($g: ID!) { group(id: $g) { name sessions { id } } }', { g: G }],
    ['query ($g: ID!) { sessions(groupId: $g) { edges { node { id group { name } } } } }', { g: G }],
    ['mutation ($g: ID!) { leaveGroup(groupId: $g) }', { g: G }],
  ] as const) console.log(JSON.stringify(await m.gql(q, v)).slice(0, 300));
  await api.close();
});
