import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ISSUE_SEVERITIES,
  ISSUE_STATUSES,
  type IssueSeverity,
  type IssueStatus,
  RISK_CATEGORIES,
  RISK_STATUSES,
  type RiskCategory,
  type RiskStatus,
} from '@tvaers/domain';
import { Allow, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { IssueSeverityEnum, IssueStatusEnum, RiskCategoryEnum, RiskStatusEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';

const SCALE = { message: 'must be a whole number from 1 to 5' };
const Scale = () => (target: object, key: string) => {
  IsInt(SCALE)(target, key);
  Min(1, SCALE)(target, key);
  Max(5, SCALE)(target, key);
};

@InputType()
export class AddRiskInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field() @IsString() @Length(3, 300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => RiskCategoryEnum) @IsIn(RISK_CATEGORIES) category!: RiskCategory;
  @Field(() => Int, { description: '1 (rare) to 5 (almost certain).' }) @Scale() probability!: number;
  @Field(() => Int, { description: '1 (minor) to 5 (severe).' }) @Scale() impact!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) owner?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) mitigation?: string;
  @Field(() => Int, { nullable: true, description: 'After mitigation; give both residual scores or neither.' })
  @IsOptional()
  @Scale()
  residualProbability?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Scale() residualImpact?: number | null;
  @Field(() => RiskStatusEnum, { defaultValue: 'OPEN' }) @IsIn(RISK_STATUSES) status!: RiskStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the risk would strike.' }) @Allow() proximity?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the owner reviews it next; flagged once past.' })
  @Allow()
  reviewDate?: string | null;
}

@InputType()
export class UpdateRiskInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(3, 300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => RiskCategoryEnum, { nullable: true }) @IsOptional() @IsIn(RISK_CATEGORIES) category?: RiskCategory;
  @Field(() => Int, { nullable: true }) @IsOptional() @Scale() probability?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Scale() impact?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) owner?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) mitigation?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Scale() residualProbability?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Scale() residualImpact?: number | null;
  @Field(() => RiskStatusEnum, { nullable: true }) @IsOptional() @IsIn(RISK_STATUSES) status?: RiskStatus;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() proximity?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() reviewDate?: string | null;
}

@InputType()
export class AddProjectIssueInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field() @IsString() @Length(3, 300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => IssueSeverityEnum) @IsIn(ISSUE_SEVERITIES) severity!: IssueSeverity;
  @Field(() => IssueStatusEnum, { defaultValue: 'OPEN' }) @IsIn(ISSUE_STATUSES) status!: IssueStatus;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) owner?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() dueDate?: string | null;
  @Field({ nullable: true, description: 'Required once RESOLVED.' }) @IsOptional() @IsString() @MaxLength(5000) resolution?: string;
}

@InputType()
export class UpdateProjectIssueInput extends VersionedUpdateInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(3, 300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => IssueSeverityEnum, { nullable: true }) @IsOptional() @IsIn(ISSUE_SEVERITIES) severity?: IssueSeverity;
  @Field(() => IssueStatusEnum, { nullable: true }) @IsOptional() @IsIn(ISSUE_STATUSES) status?: IssueStatus;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) owner?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() dueDate?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) resolution?: string;
}
