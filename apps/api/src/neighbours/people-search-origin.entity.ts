import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../identity/account.entity';

/**
 * A cell an account searched for people from, and when it last did. Only the cell is kept, never
 * the point searched from, and rows older than an hour are deleted at the account's next search.
 * Kept in PostgreSQL so every API process counts the same origins.
 */
@Entity('people_search_origin')
export class PeopleSearchOriginEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  account?: AccountEntity;

  /** H3 resolution-8 cell of the search origin. */
  @PrimaryColumn({ type: 'text' })
  originCell!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSearchedAt!: Date;
}
