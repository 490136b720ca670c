export * from './lib/public.module';
export * from './lib/models/public.model';
export * from './lib/public.service';
