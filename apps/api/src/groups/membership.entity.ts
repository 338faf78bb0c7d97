import { MembershipRole } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { GroupEntity } from './group.entity';

@Entity('membership')
@Unique('UQ_membership_person_group', ['personId', 'groupId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  person?: PersonEntity;

  @Index()
  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  group?: GroupEntity;

  @Column({
    type: 'enum',
    enum: MembershipRole,
    enumName: 'membership_role',
    default: MembershipRole.MEMBER,
  })
  role!: MembershipRole;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
