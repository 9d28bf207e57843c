import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';

const DAYS = { message: 'must be a whole number of days from 0 to 90' };

@InputType()
export class CreateReportingRoundInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) programmeId!: string;
  @Field({ description: 'The half-year reported on, e.g. 2026-H2.' })
  @Matches(/^\d{4}-H[12]$/, { message: 'must be a half-year such as 2026-H2' })
  period!: string;
  @Field(() => LocalDateScalar) @Allow() dueDate!: string;
  @Field(() => Int, { defaultValue: 7, description: 'Days before the due date that the first reminder goes.' })
  @IsInt(DAYS)
  @Min(0, DAYS)
  @Max(90, DAYS)
  reminderDaysBefore!: number;
}

@InputType()
export class UpdateReportingRoundInput extends VersionedUpdateInput {
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() dueDate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(DAYS) @Min(0, DAYS) @Max(90, DAYS) reminderDaysBefore?: number;
}
