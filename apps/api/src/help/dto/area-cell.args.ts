import { ArgsType, Field } from '@nestjs/graphql';
import {} from 'class-validator';
import { IsAreaCell } from '../../graphql/validation';

@ArgsType()
export class AreaCellArgs {
  @Field({ description: 'An H3 resolution-8 cell.' })
  @IsAreaCell()
  areaCell!: string;
}
