export * from './lib/reporting.module';
export * from './lib/reports.service';
export * from './lib/models/report.model';
export * from './lib/entities/quarterly-report.entity';
export * from './lib/entities/reporting-milestone.entity';
export * from './lib/models/milestone.model';
export * from './lib/milestones.service';
export * from './lib/dto/report.input';
