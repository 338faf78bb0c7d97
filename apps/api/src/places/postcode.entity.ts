import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A live UK postcode and where it is: loaded from the ONS Postcode Directory by `postcode-cli`, or
 * the synthetic town's own when the demo town seeds. Public reference data about places, not
 * people: a person's typed postcode is looked up here and never kept with them.
 */
@Entity('postcode')
export class PostcodeEntity {
  /** As the ONS writes it (`pcds`): capitals, one space before the inward code. */
  @PrimaryColumn({ type: 'text' })
  postcode!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  /** The H3 resolution-8 cell it falls in (the precision a person's area is kept at). */
  @Column({ type: 'text' })
  areaCell!: string;

  /** The electoral ward's ONS code (osward/ward), when the file has it. */
  @Column({ type: 'text', nullable: true })
  wardCode!: string | null;

  /** The Lower Layer Super Output Area's ONS code (2021, else 2011), when the file has it. */
  @Column({ type: 'text', nullable: true })
  lsoaCode!: string | null;
}
