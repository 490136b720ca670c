import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import { Allow, BadUserInputException, HttpErrorFilter, isUuid } from '@abate/api/core';
import { REPORT_KINDS } from '@abate/shared/strategies';
import type { FundReportData, ReportKind } from '@abate/shared/strategies';
import { LEDGER_POLICY } from './ledger.policy';
import { LedgerService } from './ledger.service';

// A cell starting with these is a formula to a spreadsheet; prefixing a quote keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Exact dollars from cents, as text: "2500000000" -> "25000000.00" (no floating point on the way). */
export function centsToDecimal(cents: string): string {
  const value = BigInt(cents);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

function csvCell(text: string, money: boolean): string {
  let out = text;
  if (!money && FORMULA_START.test(out)) out = `'${out}`;
  return /[",\r\n]/.test(out) ? `"${out.replace(/"/g, '""')}"` : out;
}

/**
 * The report as a table: the label column, one column per report column, then the totals and
 * the checks under it. Money cells are exact dollars (text in CSV; numbers with a currency
 * format in XLSX, exact to the cent up to $90 trillion since they are whole cents / 100).
 */
function table(report: FundReportData): { header: string[]; money: boolean[]; rows: string[][] } {
  const header = ['Line', ...report.columns.map((c) => (c.kind === 'MONEY' ? `${c.label} ($)` : c.label))];
  const money = [false, ...report.columns.map((c) => c.kind === 'MONEY')];
  const rows = report.rows.map((r) => [
    r.label,
    ...r.values.map((v, i) => (report.columns[i].kind === 'MONEY' && v !== '' ? centsToDecimal(v) : v)),
  ]);
  const pad = (cells: string[]) => [...cells, ...Array(header.length - cells.length).fill('')];
  const lastMoney = money.lastIndexOf(true);
  for (const t of report.totals) {
    const cells = Array(header.length).fill('');
    cells[0] = `Total: ${t.label}`;
    cells[lastMoney > 0 ? lastMoney : 1] = centsToDecimal(t.amountCents.toString());
    rows.push(cells);
  }
  for (const c of report.checks) rows.push(pad([`Check ${c.code}: ${c.ok ? 'PASS' : 'FAIL'}`, c.message]));
  return { header, money, rows };
}

export function reportCsv(report: FundReportData): Buffer {
  const t = table(report);
  const lines = [[report.title], t.header, ...t.rows].map((row, r) =>
    row.map((cell, i) => csvCell(cell, r > 1 && t.money[i] && /^-?\d+\.\d{2}$/.test(cell))).join(','),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function reportXlsx(report: FundReportData): Promise<Buffer> {
  const t = table(report);
  const data: SheetData = [
    [{ value: report.title, fontWeight: 'bold' }],
    t.header.map((h): Cell => ({ value: h, fontWeight: 'bold' })),
    ...t.rows.map((row) =>
      row.map((cell, i): Cell => {
        if (cell === '') return null;
        // Whole cents / 100 is the nearest double to the exact amount; the format shows it to the cent.
        if (t.money[i] && /^-?\d+\.\d{2}$/.test(cell))
          return { value: Number(cell), type: Number, format: '$#,##0.00' };
        return { value: cell, type: String };
      }),
    ),
  ];
  return writeXlsxFile(data, {
    sheet: report.kind.slice(0, 31),
    columns: t.header.map((_, i) => ({ width: i === 0 ? 60 : 18 })),
    stickyRowsCount: 2,
  }).toBuffer();
}

/** Downloads of the fund reports: GET /exports/funds/:id/reports/:kind/:fiscalYear.(csv|xlsx); the public spending data as CSV or JSON. */
@Controller('exports')
@UseFilters(HttpErrorFilter)
export class LedgerExportsController {
  constructor(private readonly ledger: LedgerService) {}

  @Allow(LEDGER_POLICY.exportFundReport)
  @Get('funds/:id/reports/:kind/:file')
  async report(
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    if (!isUuid(id)) throw new BadUserInputException('id', 'id is not a valid fund id');
    if (!(REPORT_KINDS as readonly string[]).includes(kind))
      throw new BadUserInputException('kind', `Choose one of ${REPORT_KINDS.join(', ')}`);
    const match = /^(\d{4})\.(csv|xlsx)$/.exec(file);
    if (!match)
      throw new BadUserInputException('fiscalYear', 'Ask for <fiscalYear>.csv or <fiscalYear>.xlsx, e.g. 2025.xlsx');
    const report = await this.ledger.report(id.toLowerCase(), kind as ReportKind, Number(match[1]));
    const format = match[2];
    const body = format === 'csv' ? reportCsv(report) : await reportXlsx(report);
    res.set({
      'content-type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="fund-${id.slice(0, 8)}-${kind.toLowerCase().replace(/_/g, '-')}-fy${match[1]}.${format}"`,
      'cache-control': 'no-store',
    });
    res.send(body);
  }

  @Allow(LEDGER_POLICY.publicSpending)
  @Get('public-spending.:format')
  async publicSpending(
    @Param('format') format: string,
    @Query('fundId') fundId: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (format !== 'csv' && format !== 'json')
      throw new BadUserInputException('format', 'Ask for public-spending.csv or public-spending.json');
    if (fundId !== undefined && !isUuid(fundId))
      throw new BadUserInputException('fundId', 'fundId is not a valid fund id');
    const funds = await this.ledger.publicSpending(fundId);
    if (format === 'json') {
      res.set({
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': 'attachment; filename="public-spending.json"',
      });
      res.send(JSON.stringify({ funds }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
      return;
    }
    const header = ['Fund', 'Fiscal year', 'Line', 'Strategy', 'Amount ($)'];
    const rows: string[][] = [];
    for (const f of funds) {
      for (const y of f.years) {
        const line = (label: string, cents: bigint, strategy = '') =>
          rows.push([f.fundName, String(y.fiscalYear), label, strategy, centsToDecimal(cents.toString())]);
        line('Received', y.receivedCents);
        line('Interest', y.interestCents);
        line('Authorized', y.authorizedCents);
        line('Committed (year end)', y.committedCents);
        line('Spent', y.spentCents);
        line('Administration', y.administrativeCents);
        line('Audit', y.auditCents);
        line('Non-remediation uses', y.nonRemediationCents);
        for (const s of y.strategies) {
          line('Spent on strategy', s.spentCents, s.title);
          line('Committed to strategy', s.committedCents, s.title);
        }
      }
    }
    const text = [header, ...rows].map((r) => r.map((c, i) => csvCell(c, i === 4)).join(',')).join('\r\n');
    res.set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="public-spending.csv"',
    });
    res.send(Buffer.from(`\uFEFF${text}\r\n`, 'utf8'));
  }
}
