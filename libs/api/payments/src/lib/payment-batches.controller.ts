import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, BadUserInputException, HttpErrorFilter, isUuid } from '@abate/api/core';
import { PaymentBatchesService } from './payment-batches.service';
import { PAYMENTS_POLICY } from './payments.policy';

/** The payment file of a batch for the county's accounting system: GET /exports/payment-batches/:id.csv */
@Controller('exports/payment-batches')
@UseFilters(HttpErrorFilter)
export class PaymentBatchesController {
  constructor(private readonly batches: PaymentBatchesService) {}

  @Allow(PAYMENTS_POLICY.paymentBatchCsv)
  @Get(':file')
  async download(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^(.+)\.csv$/.exec(file);
    if (!match || !isUuid(match[1]))
      throw new BadUserInputException('id', 'Ask for /exports/payment-batches/<batch id>.csv');
    const id = match[1].toLowerCase();
    const body = await this.batches.csv(id);
    res.set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="payment-batch-${id.slice(0, 8)}.csv"`,
      'cache-control': 'no-store',
    });
    res.send(body);
  }
}
