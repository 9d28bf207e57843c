import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { MembershipsResolver, ProgrammeMembersResolver, UserMembershipsResolver } from './memberships.resolver.js';
import { MembershipsService } from './memberships.service.js';

@Module({
  imports: [UsersModule],
  providers: [MembershipsService, MembershipsResolver, UserMembershipsResolver, ProgrammeMembersResolver],
  exports: [MembershipsService],
})
export class MembershipsModule {}
