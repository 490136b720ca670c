export * from './lib/awards.module';
export * from './lib/ranking.service';
export * from './lib/decisions.service';
export * from './lib/models/ranking.model';
export * from './lib/entities/award.entity';
export * from './lib/entities/funding-decision.entity';
export * from './lib/dto/decision.input';
