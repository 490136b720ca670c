export * from './metrics';
export * from './report-rules';
export * from './suppression';
