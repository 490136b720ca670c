import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import { centsToDecimal } from '@abate/shared/money';
import { csvSafeCell } from '../validation/input-normalizers';

/** What every download (rankings, portfolio, open data, the audit trail) writes: typed columns and rows. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'dollars';
export interface Column {
  header: string;
  kind: ColumnKind;
  width?: number;
}
/** A `bigint` is an amount in cents (a 'dollars' column): written exactly, never through a float. */
export type CellValue = string | number | bigint | null;
export interface Table {
  name: string;
  columns: Column[];
  rows: CellValue[][];
}

function csvCell(value: CellValue, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'bigint') return centsToDecimal(value); // cents: "21474836.48", exact at any size
  // Numbers are the API's own; text may be anyone's (csvSafeCell: formulas and separators).
  if (typeof value === 'number') return kind === 'dollars' ? value.toFixed(2) : String(value);
  return csvSafeCell(value);
}

/** RFC 4180 CSV with a header row, CRLF line ends and a BOM so spreadsheets read UTF-8. */
export function toCsv(table: Table): Buffer {
  const lines = [
    table.columns.map((c) => csvCell(c.header, 'text')),
    ...table.rows.map((row) => row.map((v, i) => csvCell(v, table.columns[i].kind))),
  ];
  return Buffer.from(`\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'utf8');
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '0',
  decimal: '0.00',
  dollars: '$#,##0.00',
};

/** An XLSX workbook: bold frozen header row, column widths, and number formats per column. */
export async function toXlsx(table: Table): Promise<Buffer> {
  const header: Cell[] = table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' }));
  const body: Cell[][] = table.rows.map((row) =>
    row.map((value, i): Cell => {
      if (value === null) return null;
      const kind = table.columns[i].kind;
      // Cents become a number of dollars written from their exact decimal text ("21474836.48"); a spreadsheet holds 15 significant digits.
      if (typeof value === 'bigint')
        return { value: Number(centsToDecimal(value)), type: Number, format: FORMATS[kind] };
      return typeof value === 'number' ? { value, type: Number, format: FORMATS[kind] } : { value, type: String };
    }),
  );
  const data: SheetData = [header, ...body];
  return writeXlsxFile(data, {
    sheet: table.name,
    columns: table.columns.map((c) => ({ width: c.width ?? 12 })),
    stickyRowsCount: 1,
  }).toBuffer();
}

/** What a download controller needs of the response (Express's). */
interface FileResponse {
  set(headers: Record<string, string>): unknown;
  send(body: Buffer): unknown;
}

/** Sends `table` as an attachment named `fileName`.<format>, never cached. */
export async function sendTable(
  res: FileResponse,
  table: Table,
  format: 'csv' | 'xlsx',
  fileName: string,
): Promise<void> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  res.set({
    'content-type':
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${fileName}.${format}"`,
    'cache-control': 'no-store',
  });
  res.send(body);
}
