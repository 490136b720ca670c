export * from './lib/reviews.module';
export * from './lib/reviews.service';
export * from './lib/review-status';
export * from './lib/models/review.model';
export * from './lib/entities/review-assignment.entity';
