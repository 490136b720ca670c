export * from './metrics';
export * from './report-rules';
export * from './suppression';
export * from './interval-attack';
export * from './seeded-random';
