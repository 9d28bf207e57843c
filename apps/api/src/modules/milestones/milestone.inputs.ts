import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';

@InputType()
export class AddMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field() @IsString() @Length(3, 300) title!: string;
  @Field(() => LocalDateScalar) @Allow() baselineDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() forecastDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() actualDate?: string | null;
}

@InputType()
export class UpdateMilestoneInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(3, 300) title?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() baselineDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() forecastDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() actualDate?: string | null;
}
