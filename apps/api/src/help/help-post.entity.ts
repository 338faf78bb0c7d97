import { ContentModeration, HelpCategory, HelpPostKind, HelpPostStatus } from '@village/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { PersonEntity } from '../people/person.entity';

@Entity('help_post')
@Check('CHK_help_post_one_author', '(author_person_id IS NULL) <> (author_group_id IS NULL)')
@Index('IDX_help_post_board', ['status', 'createdAt'])
@Index('IDX_help_post_expiry', ['status', 'expiresAt'])
export class HelpPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: HelpPostKind, enumName: 'help_post_kind' })
  kind!: HelpPostKind;

  @Index()
  @Column({ type: 'enum', enum: HelpCategory, enumName: 'help_category' })
  category!: HelpCategory;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  authorPerson?: PersonEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorGroupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  authorGroup?: GroupEntity | null;

  /** Approximate area (H3 resolution 8 cell), never an address. */
  @Index()
  @Column({ type: 'text' })
  areaCell!: string;

  /** When the author is free, in their own words. */
  @Column({ type: 'text', default: '' })
  availability!: string;

  /** The same as week slots (libs/shared availability.ts), for matching; empty when not said. */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  availabilitySlots!: number[];

  /** Languages the author is happy to use for this post: chosen on the post, so public. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  @Column({
    type: 'enum',
    enum: HelpPostStatus,
    enumName: 'help_post_status',
    default: HelpPostStatus.OPEN,
  })
  status!: HelpPostStatus;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Held by screening or removed by a moderator: then it is on no board (screening/, moderation/, docs/architecture.md). */
  @Column({
    type: 'enum',
    enum: ContentModeration,
    enumName: 'content_moderation',
    default: ContentModeration.VISIBLE,
  })
  moderation!: ContentModeration;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
