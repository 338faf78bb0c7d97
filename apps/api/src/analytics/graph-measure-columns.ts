import { Column } from 'typeorm';

/** The aggregate columns shared by area and group measures (see `Aggregate` in libs/social-graph). */
export abstract class GraphAggregateColumns {
  @Column({ type: 'integer' })
  people!: number;

  @Column({ type: 'double precision' })
  shareWithoutActiveTie!: number;

  @Column({ type: 'double precision' })
  medianActiveTies!: number;

  @Column({ type: 'double precision' })
  shareWithBridgingTie!: number;

  @Column({ type: 'double precision' })
  shareWithLinkingTie!: number;

  @Column({ type: 'double precision' })
  shareOfHouseholdsIsolated!: number;
}
