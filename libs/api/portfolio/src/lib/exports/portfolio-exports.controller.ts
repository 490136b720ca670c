import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, BadUserInputException, HttpErrorFilter, isUuid, sendTable } from '@abate/api/core';
import { PortfolioService } from '../portfolio.service';
import { PORTFOLIO_EXPORTS, portfolioTable } from './portfolio-tables';
import type { PortfolioExport } from './portfolio-tables';
import { PORTFOLIO_POLICY } from '../portfolio.policy';

/** The dashboard's figures as files: GET /api/portfolio/exports/grantees.xlsx?roundId=… (metrics-by-quarter, grantees, spending; csv or xlsx; no roundId: every round). */
@Controller('api/portfolio/exports')
@UseFilters(HttpErrorFilter)
export class PortfolioExportsController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Allow(PORTFOLIO_POLICY.portfolioExport)
  @Get(':file')
  async download(@Param('file') file: string, @Query('roundId') roundId: unknown, @Res() res: Response): Promise<void> {
    if (roundId !== undefined && !isUuid(roundId))
      throw new BadUserInputException('roundId', 'roundId is not a valid id');
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
    if (!match || !(PORTFOLIO_EXPORTS as readonly string[]).includes(match[1])) {
      throw new BadUserInputException(
        'file',
        `Choose one of ${PORTFOLIO_EXPORTS.flatMap((t) => [`${t}.csv`, `${t}.xlsx`]).join(', ')}`,
      );
    }
    const [, kind, format] = match;
    const round = roundId === undefined ? null : roundId.toLowerCase();
    const table = portfolioTable(kind as PortfolioExport, await this.portfolio.figures(round));
    const name = `portfolio-${round ? `round-${round.slice(0, 8)}` : 'all-rounds'}-${kind}`;
    await sendTable(res, table, format as 'csv' | 'xlsx', name);
  }
}
