import { Module } from '@nestjs/common';
import { BudgetLineResolver, CostActualResolver, ProjectBudgetFieldsResolver } from './budget.resolver.js';
import { BudgetService } from './budget.service.js';

@Module({ providers: [BudgetService, ProjectBudgetFieldsResolver, BudgetLineResolver, CostActualResolver] })
export class BudgetModule {}
