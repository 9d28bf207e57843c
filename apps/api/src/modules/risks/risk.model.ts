import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type IssueSeverity, type IssueStatus, isRiskReviewOverdue, type RiskCategory, riskScore, type RiskStatus } from '@tvaers/domain';
import { IssueSeverityEnum, IssueStatusEnum, RiskCategoryEnum, RiskStatusEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { ProjectIssueEntity } from './project-issue.entity.js';
import type { RiskEntity } from './risk.entity.js';

const today = () => new Date().toISOString().slice(0, 10);

@ObjectType('Risk', { description: 'A threat to the project, scored 1–5 for probability and impact before and after mitigation.' })
export class RiskModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => RiskCategoryEnum) category!: RiskCategory;
  @Field(() => Int) probability!: number;
  @Field(() => Int) impact!: number;
  @Field(() => Int, { description: 'probability × impact, 1–25.' }) score!: number;
  @Field() owner!: string;
  @Field() mitigation!: string;
  @Field(() => Int, { nullable: true }) residualProbability!: number | null;
  @Field(() => Int, { nullable: true }) residualImpact!: number | null;
  @Field(() => Int, { nullable: true, description: 'residualProbability × residualImpact.' }) residualScore!: number | null;
  @Field(() => RiskStatusEnum) status!: RiskStatus;
  @Field(() => LocalDateScalar, { nullable: true }) proximity!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) reviewDate!: string | null;
  @Field({ description: 'An open or mitigating risk whose review date has passed.' }) reviewOverdue!: boolean;
  @Field(() => Int) version!: number;

  static from(e: RiskEntity): RiskModel {
    const residual = e.residualProbability !== null && e.residualImpact !== null;
    return Object.assign(new RiskModel(), {
      id: e.id,
      projectId: e.projectId,
      title: e.title,
      description: e.description,
      category: e.category as RiskCategory,
      probability: e.probability,
      impact: e.impact,
      score: riskScore(e.probability, e.impact),
      owner: e.owner,
      mitigation: e.mitigation,
      residualProbability: e.residualProbability,
      residualImpact: e.residualImpact,
      residualScore: residual ? riskScore(e.residualProbability!, e.residualImpact!) : null,
      status: e.status as RiskStatus,
      proximity: e.proximity,
      reviewDate: e.reviewDate,
      reviewOverdue: isRiskReviewOverdue(e.status as RiskStatus, e.reviewDate, today()),
      version: e.version,
    });
  }
}

@ObjectType('ProjectIssue', { description: 'Something that has gone wrong and must be dealt with.' })
export class ProjectIssueModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => IssueSeverityEnum) severity!: IssueSeverity;
  @Field(() => IssueStatusEnum) status!: IssueStatus;
  @Field() owner!: string;
  @Field(() => LocalDateScalar, { nullable: true }) dueDate!: string | null;
  @Field() resolution!: string;
  @Field(() => Int) version!: number;

  static from(e: ProjectIssueEntity): ProjectIssueModel {
    return Object.assign(new ProjectIssueModel(), {
      id: e.id,
      projectId: e.projectId,
      title: e.title,
      description: e.description,
      severity: e.severity as IssueSeverity,
      status: e.status as IssueStatus,
      owner: e.owner,
      dueDate: e.dueDate,
      resolution: e.resolution,
      version: e.version,
    });
  }
}
