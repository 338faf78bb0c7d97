import type { ResultOf } from '@graphql-typed-document-node/core';
import { createGroup } from './support/factories';
import { CELL, postHelp } from './support/help-exchanges';
import { GraphQLResponse, Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const MINE = graphql(`
  query MyHelpPostsMyHelpPosts($status: HelpPostStatus, $first: Int!, $after: String) {
    myHelpPosts(status: $status, first: $first, after: $after) {
      edges {
        node {
          title
          status
          authorGroup {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('my help posts', () => {
  let api: TestApi;
  let organiser: Member;
  let member: Member;
  let stranger: Member;
  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser O.');
    member = await api.signUp('Member M.');
    stranger = await api.signUp('Stranger S.');
    const group = await createGroup(organiser, { name: 'Masjid Noor', kind: 'FAITH' });
    await member.gql(
      graphql(`
        mutation MyHelpPostsJoinGroup($g: ID!) {
          joinGroup(groupId: $g) {
            id
          }
        }
      `),
      { g: group.id },
    );
    await postHelp(organiser, { title: 'Own lift', kind: 'REQUEST', category: 'LIFTS' });
    await postHelp(organiser, { title: 'Group baby clothes', authorGroupId: group.id });
    const withdrawn = await postHelp(organiser, { title: 'Withdrawn pram' });
    await organiser.gql(
      graphql(`
        mutation MyHelpPostsWithdrawHelpPost($id: ID!) {
          withdrawHelpPost(id: $id) {
            id
          }
        }
      `),
      {
        id: withdrawn.id,
      },
    );
    await postHelp(member, { title: 'Member’s soup', category: 'FOOD' });
    await postHelp(stranger, { title: 'Stranger’s drill', category: 'DIY', areaCell: CELL });
  });
  afterAll(() => api.close());

  const titles = (result: GraphQLResponse<ResultOf<typeof MINE>>) =>
    result.data!['myHelpPosts'].edges.map((e) => e.node.title);

  it('lists my own posts and my groups’ posts, newest first, withdrawn ones included', async () => {
    const result = await organiser.gql(MINE, { first: 10 });
    expect(titles(result)).toEqual(['Withdrawn pram', 'Group baby clothes', 'Own lift']);
    expect(result.data!['myHelpPosts'].edges[1]!.node).toMatchObject({
      status: 'OPEN',
      authorGroup: { name: 'Masjid Noor' },
    });
  });

  it('filters by state and pages', async () => {
    expect(titles(await organiser.gql(MINE, { first: 10, status: 'WITHDRAWN' }))).toEqual([
      'Withdrawn pram',
    ]);
    const first = await organiser.gql(MINE, { first: 2, status: 'OPEN' });
    expect(titles(first)).toEqual(['Group baby clothes', 'Own lift']);
    const page = await organiser.gql(MINE, { first: 1 });
    expect(page.data!['myHelpPosts'].pageInfo.hasNextPage).toBe(true);
    const next = await organiser.gql(MINE, {
      first: 1,
      after: page.data!['myHelpPosts'].pageInfo.endCursor,
    });
    expect(titles(next)).toEqual(['Group baby clothes']);
  });

  it('does not show a plain member their group’s posts, nor anyone else’s', async () => {
    expect(titles(await member.gql(MINE, { first: 10 }))).toEqual(['Member’s soup']);
    expect(titles(await stranger.gql(MINE, { first: 10 }))).toEqual(['Stranger’s drill']);
  });

  it('refuses someone signed out', async () => {
    const result = await api.gql(MINE, { first: 10 });
    expect(result.errors![0]!.extensions!['code']).toBe('UNAUTHENTICATED');
    expect(result.errors![0]!.message).toMatch(/sign in/i);
  });

  it('refuses a page size out of bounds with a readable error', async () => {
    const result = await organiser.gql(MINE, { first: 500 });
    expect(result.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
  });
});
