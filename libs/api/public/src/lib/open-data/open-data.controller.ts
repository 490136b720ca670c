import { centsReplacer } from '@abate/shared/money';
import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, BadUserInputException, HttpErrorFilter, isUuid } from '@abate/api/core';
import { toCsv } from '@abate/api/awards';
import { PublicService } from '../public.service';
import { awardsTable, outcomesTable } from './open-data-tables';
import { PUBLIC_POLICY } from '../public.policy';

const FILES = ['awards.csv', 'awards.json', 'outcomes.csv', 'outcomes.json'];

/**
 * Open data behind the transparency page, for anyone: GET /api/public/awards.csv,
 * /api/public/outcomes.json?roundId=… (no roundId: every round). The same
 * service as the GraphQL queries, so the same suppression.
 */
@Controller('api/public')
@UseFilters(HttpErrorFilter)
export class OpenDataController {
  constructor(private readonly publicService: PublicService) {}

  @Allow(PUBLIC_POLICY.openDataDownload)
  @Get(':file')
  async download(@Param('file') file: string, @Query('roundId') roundId: unknown, @Res() res: Response): Promise<void> {
    if (!FILES.includes(file)) throw new BadUserInputException('file', `Choose one of ${FILES.join(', ')}`);
    if (roundId !== undefined && !isUuid(roundId))
      throw new BadUserInputException('roundId', 'roundId is not a valid id');
    const round = roundId === undefined ? null : roundId.toLowerCase();
    const [name, format] = file.split('.') as ['awards' | 'outcomes', 'csv' | 'json'];
    let body: Buffer | string;
    if (name === 'awards') {
      const awards = await this.publicService.awards(round);
      body =
        format === 'csv' ? toCsv(awardsTable(awards)) : JSON.stringify({ roundId: round, awards }, centsReplacer, 2);
    } else {
      const outcomes = await this.publicService.outcomes(round);
      body = format === 'csv' ? toCsv(outcomesTable(outcomes)) : JSON.stringify(outcomes, centsReplacer, 2);
    }
    res.set({
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="abate-${name}${round ? `-round-${round.slice(0, 8)}` : ''}.${format}"`,
      // Public, but it changes whenever a report is submitted or accepted.
      'cache-control': 'no-cache',
    });
    res.send(body);
  }
}
