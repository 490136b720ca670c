export * from './lib/checklists.module';
export * from './lib/checklists.service';
export * from './lib/models/checklist.model';
export * from './lib/entities/checklist-version.entity';
