export * from './lib/applications.module';
export * from './lib/applications.service';
export * from './lib/applications.loader';
export * from './lib/application-enums';
export * from './lib/models/application.model';
export * from './lib/entities/application.entity';
export * from './lib/application-attachments';
