import { GroupKind } from '../../../gql/graphql';
import { GROUP_KINDS } from './group-kinds';

it('the group filter offers every kind of group the API knows', () => {
  expect([...GROUP_KINDS].sort()).toEqual(Object.values(GroupKind).sort());
});
