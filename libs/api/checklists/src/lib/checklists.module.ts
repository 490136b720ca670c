import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChecklistVersionEntity } from './entities/checklist-version.entity';
import { ChecklistsService } from './checklists.service';
import { ChecklistsResolver } from './checklists.resolver';

/** Best-practice checklists as versioned data. */
@Module({
  imports: [TypeOrmModule.forFeature([ChecklistVersionEntity])],
  providers: [ChecklistsService, ChecklistsResolver],
  exports: [ChecklistsService],
})
export class ChecklistsModule {}
