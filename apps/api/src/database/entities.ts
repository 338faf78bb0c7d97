import { TieEntity } from '../connections/tie.entity';
import { GroupEntity } from '../groups/group.entity';
import { MembershipEntity } from '../groups/membership.entity';
import { HelpPostEntity } from '../help/help-post.entity';
import { HouseholdEntity } from '../people/household.entity';
import { PersonEntity } from '../people/person.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpaceEntity } from '../spaces/space.entity';

export const ENTITIES = [
  HouseholdEntity,
  PersonEntity,
  GroupEntity,
  MembershipEntity,
  SpaceEntity,
  SessionEntity,
  HelpPostEntity,
  TieEntity,
];
