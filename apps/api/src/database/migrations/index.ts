import { MigrationInterface } from 'typeorm';
import { Initial1795324705213 } from './1795324705213-Initial';
import { Identity1795329317555 } from './1795329317555-Identity';
import { PeopleSearchOrigins1795329716967 } from './1795329716967-PeopleSearchOrigins';
import { SpacePlane1795332647315 } from './1795332647315-SpacePlane';
import { ExternalRefs1795333212403 } from './1795333212403-ExternalRefs';
import { SavedSearches1795333348059 } from './1795333348059-SavedSearches';
import { SavedSessions1795333761145 } from './1795333761145-SavedSessions';
import { MutualAid1795337374313 } from './1795337374313-MutualAid';
import { RealtimeEventLog1795339675534 } from './1795339675534-RealtimeEventLog';
import { Safety1795339743126 } from './1795339743126-Safety';
import { EventAppendTime1795349033018 } from './1795349033018-EventAppendTime';
import { ModerationDecisionNote1795350589426 } from './1795350589426-ModerationDecisionNote';
import { SignInSources1795360000000 } from './1795360000000-SignInSources';
import { SpaceStewards1796622974328 } from './1796622974328-SpaceStewards';
import { DropSpaceEarthIndex1796623389181 } from './1796623389181-DropSpaceEarthIndex';
import { SearchProfiles1796624379600 } from './1796624379600-SearchProfiles';
import { SignUpNotices1796626000000 } from './1796626000000-SignUpNotices';
import { SpaceChangesAndPartnerships1796633377552 } from './1796633377552-SpaceChangesAndPartnerships';
import { SessionRsvp1796633018450 } from './1796633018450-SessionRsvp';
import { SessionDateChanges1796633441012 } from './1796633441012-SessionDateChanges';
import { TieEvidence1796644725108 } from './1796644725108-TieEvidence';
import { CheckIn1796633365931 } from './1796633365931-CheckIn';
import { GroupArchiveAndInvitations1796633304831 } from './1796633304831-GroupArchiveAndInvitations';
import { Postcodes1796633314765 } from './1796633314765-Postcodes';
import { ConnectionsSeeWhereIGo1796644749948 } from './1796644749948-ConnectionsSeeWhereIGo';
import { SuitableWeekdays1796656031142 } from './1796656031142-SuitableWeekdays';
import { SocialGraphSnapshots1796644588740 } from './1796644588740-SocialGraphSnapshots';
import { GroupCommunityCounts1796656463820 } from './1796656463820-GroupCommunityCounts';

// Every migration, in order. A committed migration is never edited: add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795324705213,
  Identity1795329317555,
  PeopleSearchOrigins1795329716967,
  SpacePlane1795332647315,
  ExternalRefs1795333212403,
  SavedSearches1795333348059,
  SavedSessions1795333761145,
  MutualAid1795337374313,
  RealtimeEventLog1795339675534,
  Safety1795339743126,
  EventAppendTime1795349033018,
  ModerationDecisionNote1795350589426,
  SignInSources1795360000000,
  SpaceStewards1796622974328,
  DropSpaceEarthIndex1796623389181,
  SearchProfiles1796624379600,
  SignUpNotices1796626000000,
  SessionRsvp1796633018450,
  GroupArchiveAndInvitations1796633304831,
  Postcodes1796633314765,
  CheckIn1796633365931,
  SpaceChangesAndPartnerships1796633377552,
  SessionDateChanges1796633441012,
  SocialGraphSnapshots1796644588740,
  TieEvidence1796644725108,
  ConnectionsSeeWhereIGo1796644749948,
  SuitableWeekdays1796656031142,
  GroupCommunityCounts1796656463820,
];
