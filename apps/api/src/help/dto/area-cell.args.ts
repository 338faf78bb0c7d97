import { ArgsType, Field, IntersectionType } from '@nestjs/graphql';
import { IsAreaCell } from '../../graphql/validation';
import { SinceArgs } from '../../realtime/dto/since.args';

@ArgsType()
export class AreaCellArgs {
  @Field({ description: 'An H3 resolution-8 cell.' })
  @IsAreaCell()
  areaCell!: string;
}

/** One area cell's live stream, caught up from `since`. */
@ArgsType()
export class AreaCellSinceArgs extends IntersectionType(AreaCellArgs, SinceArgs, ArgsType) {}
