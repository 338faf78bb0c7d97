import { AccessibilityFeature, SpaceKind } from '@village/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export interface OpeningPeriod {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

@Entity('space')
// Radius and nearest search: GiST over the position on the town's plane (ADR 4).
@Index('IDX_space_position', ['position'], { spatial: true })
@Index('IDX_space_name_trgm', { synchronize: false })
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'enum', enum: SpaceKind, enumName: 'space_kind' })
  kind!: SpaceKind;

  @Column({ type: 'text', default: '' })
  address!: string;

  @Column({ type: 'text', default: '' })
  postcode!: string;

  /** Spaces are public places, so their exact position is stored and shown. */
  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  /**
   * Metres east and north of the town's plane origin, computed by PostgreSQL from latitude and
   * longitude (`village_plane`, ADR 4); never written by the API.
   */
  @Column({
    type: 'point',
    generatedType: 'STORED',
    asExpression: 'village_plane("latitude", "longitude")',
    insert: false,
    update: false,
    select: false,
  })
  position?: string;

  @Column({
    type: 'enum',
    enum: AccessibilityFeature,
    enumName: 'accessibility_feature',
    array: true,
    default: () => "'{}'",
  })
  accessibility!: AccessibilityFeature[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  openingHours!: OpeningPeriod[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
