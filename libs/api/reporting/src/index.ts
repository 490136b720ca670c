export * from './lib/reporting.module';
export * from './lib/reports.service';
export * from './lib/models/report.model';
export * from './lib/entities/quarterly-report.entity';
export * from './lib/dto/report.input';
