export * from './test-app';
export * from './graphql-client';
export * from './submission-cohort';
export * from './mailed-token';
