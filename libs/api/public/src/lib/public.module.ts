import { Module } from '@nestjs/common';
import { PortfolioModule } from '@abate/api/portfolio';
import { PublicService } from './public.service';
import { PublicResolver } from './public.resolver';
import { OpenDataController } from './open-data/open-data.controller';

/** The anonymous transparency page (awards and suppressed outcomes) and its open-data downloads. */
@Module({
  imports: [PortfolioModule],
  controllers: [OpenDataController],
  providers: [PublicService, PublicResolver],
})
export class PublicModule {}
