import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';

@InputType()
export class AddMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field() @IsString() @Length(3, 300) title!: string;
  @Field(() => LocalDateScalar) baselineDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) forecastDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualDate?: string | null;
}

@InputType()
export class UpdateMilestoneInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(3, 300) title?: string;
  @Field(() => LocalDateScalar, { nullable: true }) baselineDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) forecastDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualDate?: string | null;
}
