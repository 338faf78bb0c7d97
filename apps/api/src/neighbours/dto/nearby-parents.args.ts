import { ArgsType, Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsLatitude, IsLongitude, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsAreaCell } from '../../graphql/validation';

@InputType({ description: 'A point, used only to find its area cell; it is never stored.' })
export class PointInput {
  @Field(() => Float)
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude!: number;
}

@InputType({
  description:
    'Where to search from: a point or an area cell, not both. A point is snapped to its area cell (H3 resolution 8) before anything else happens.',
})
export class NearInput {
  @Field(() => PointInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PointInput)
  point?: PointInput | null;

  @Field(() => String, { nullable: true, description: 'An H3 resolution-8 cell.' })
  @IsOptional()
  @IsAreaCell({ message: 'near.areaCell must be an area cell id' })
  areaCell?: string | null;
}

@ArgsType()
export class NearbyParentsArgs extends PageArgs {
  @Field(() => NearInput)
  @ValidateNested()
  @Type(() => NearInput)
  near!: NearInput;
}
