import { Module } from '@nestjs/common';
import { UsersResolver } from './users.resolver.js';
import { SignedInUsersPlugin } from './signed-in-users.plugin.js';
import { UsersService } from './users.service.js';

@Module({ providers: [UsersService, UsersResolver, SignedInUsersPlugin], exports: [UsersService] })
export class UsersModule {}
