import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class AreaCellArgs {
  @Field({ description: 'An H3 resolution-8 cell.' })
  @Matches(/^[0-9a-f]{15}$/, { message: 'areaCell must be an area cell id' })
  areaCell!: string;
}
