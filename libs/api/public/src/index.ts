export * from './lib/public.module';
export * from './lib/models/public.model';
