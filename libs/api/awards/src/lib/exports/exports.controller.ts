import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, BadUserInputException, HttpErrorFilter, isUuid, sendTable } from '@abate/api/core';
import { RankingService } from '../ranking.service';
import { EXPORT_TABLES, exportTable } from './table';
import type { ExportTable } from './table';
import { AWARDS_POLICY } from '../awards.policy';

/** Board-packet downloads: GET /api/rounds/:roundId/exports/ranking.xlsx (ranking, item-scores, reviewer-scores; csv or xlsx). */
@Controller('api/rounds/:roundId/exports')
@UseFilters(HttpErrorFilter)
export class ExportsController {
  constructor(private readonly ranking: RankingService) {}

  @Allow(AWARDS_POLICY.roundExport)
  @Get(':file')
  async download(@Param('roundId') roundId: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    if (!isUuid(roundId)) throw new BadUserInputException('roundId', 'roundId is not a valid id');
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
    if (!match || !(EXPORT_TABLES as readonly string[]).includes(match[1])) {
      throw new BadUserInputException(
        'file',
        `Choose one of ${EXPORT_TABLES.flatMap((t) => [`${t}.csv`, `${t}.xlsx`]).join(', ')}`,
      );
    }
    const [, kind, format] = match;
    const table = exportTable(kind as ExportTable, await this.ranking.ranking(roundId.toLowerCase()));
    await sendTable(res, table, format as 'csv' | 'xlsx', `round-${roundId.slice(0, 8)}-${kind}`);
  }
}
