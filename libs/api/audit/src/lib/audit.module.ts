import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from '@abate/api/core';
import { AuditService } from './audit.service';
import { AuditResolver } from './audit.resolver';
import { AuditExportsController } from './audit-exports.controller';

/** Reading the audit trail (writing it is the core's AuditWriter, inside each change's transaction). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  controllers: [AuditExportsController],
  providers: [AuditService, AuditResolver],
})
export class AuditModule {}
