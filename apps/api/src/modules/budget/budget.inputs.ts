import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { COST_CATEGORIES, type CostCategory } from '@tvaers/domain';
import { Type } from 'class-transformer';
import { Allow, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { CostCategoryEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { IsFiscalYear, IsMoney } from '../../common/validation/validators.js';

const uuid = { message: 'must be a UUID' };

@InputType()
export class AddBudgetLineInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => Int) @IsFiscalYear() fiscalYear!: number;
  @Field(() => ID, { description: 'The organisation that pays; it must take part in the project.' }) @IsUUID('all', uuid) funderId!: string;
  @Field(() => CostCategoryEnum) @IsIn(COST_CATEGORIES) category!: CostCategory;
  @Field(() => DecimalScalar, { description: 'The most likely amount.' }) @IsMoney() amount!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the low amount (≤ amount).' })
  @IsOptional()
  @IsMoney()
  low?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the high amount (≥ amount).' })
  @IsOptional()
  @IsMoney()
  high?: string | null;
}

@InputType()
export class UpdateBudgetLineInput extends VersionedUpdateInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsFiscalYear() fiscalYear?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) funderId?: string;
  @Field(() => CostCategoryEnum, { nullable: true }) @IsOptional() @IsIn(COST_CATEGORIES) category?: CostCategory;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsMoney() amount?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the low amount; null removes it.' })
  @IsOptional()
  @IsMoney()
  low?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the high amount; null removes it.' })
  @IsOptional()
  @IsMoney()
  high?: string | null;
}

@InputType()
export class RecordCostInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => LocalDateScalar) @Allow() date!: string;
  @Field(() => ID, { description: 'The organisation that paid; it must take part in the project.' }) @IsUUID('all', uuid) payerId!: string;
  @Field(() => CostCategoryEnum) @IsIn(COST_CATEGORIES) category!: CostCategory;
  @Field(() => DecimalScalar, { description: 'Negative for a credit note; never zero.' }) @IsMoney({ allowNegative: true }) amount!: string;
  @Field({ nullable: true, description: 'Invoice or voucher number.' }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType()
export class UpdateCostActualInput extends VersionedUpdateInput {
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() date?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) payerId?: string;
  @Field(() => CostCategoryEnum, { nullable: true }) @IsOptional() @IsIn(COST_CATEGORIES) category?: CostCategory;
  @Field(() => DecimalScalar, { nullable: true }) @IsOptional() @IsMoney({ allowNegative: true }) amount?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

@InputType({ description: 'One cell of the budget grid as the client saw it; id and version when the line existed.' })
export class BudgetGridCellInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) id?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() version?: number;
  @Field(() => Int) @IsFiscalYear() fiscalYear!: number;
  @Field(() => ID) @IsUUID('all', uuid) funderId!: string;
  @Field(() => CostCategoryEnum) @IsIn(COST_CATEGORIES) category!: CostCategory;
  @Field(() => DecimalScalar, { description: 'Zero removes the line.' }) @IsMoney() amount!: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Three-point estimate: the low amount; absent keeps the line’s, null removes it.',
  })
  @IsOptional()
  @IsMoney()
  low?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Three-point estimate: the high amount; absent keeps the line’s, null removes it.',
  })
  @IsOptional()
  @IsMoney()
  high?: string | null;
}

@InputType()
export class SaveBudgetGridInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => [BudgetGridCellInput]) @ValidateNested({ each: true }) @Type(() => BudgetGridCellInput) cells!: BudgetGridCellInput[];
}
