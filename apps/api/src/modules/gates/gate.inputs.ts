import { Field, ID, InputType } from '@nestjs/graphql';
import { GATE_DECISIONS, type GateDecisionOutcome, PROJECT_PHASES, type ProjectPhase } from '@tvaers/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { GateDecisionOutcomeEnum, ProjectPhaseEnum } from '../../common/graphql/enums.js';

@InputType()
export class GateChecklistInput {
  @Field({ description: 'An item of the programme’s checklist for the target phase.' }) @IsString() @Length(1, 300) item!: string;
  @Field({ description: 'Whether the gate finds the item met (automatic items are checked by Tværs itself).' }) @IsBoolean() met!: boolean;
}

@InputType()
export class DecideGateInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field(() => ProjectPhaseEnum, { description: 'The next phase, or CANCELLED.' }) @IsIn(PROJECT_PHASES) toPhase!: ProjectPhase;
  @Field(() => GateDecisionOutcomeEnum) @IsIn(GATE_DECISIONS) decision!: GateDecisionOutcome;
  @Field({ description: 'The minutes of the gate meeting: who took part, what was decided and why.' })
  @IsString()
  @Length(10, 20000, { message: 'must record the gate’s minutes in 10 to 20000 characters' })
  minutes!: string;
  @Field(() => [GateChecklistInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GateChecklistInput)
  checklist!: GateChecklistInput[];
}

@InputType()
export class SubmitBenefitReportInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field({ description: 'What the project delivered against its business case, and why it differs.' })
  @IsString()
  @Length(20, 50000, { message: 'must tell what was realised in 20 to 50000 characters' })
  narrative!: string;
}
