export * from './lib/portfolio.module';
export * from './lib/portfolio-data.service';
export * from './lib/models/portfolio.model';
export { median } from './lib/portfolio-figures';
