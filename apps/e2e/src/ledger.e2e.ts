import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { expectVisible, useBrowser } from './support/browser';
import { describeProblems, seriousViolations, type AccessibilityProblem } from './support/accessibility';
import { heading, signIn } from './support/pages';
import { demoUser, type DemoUser } from './support/demo-users';
import { fillNewRound, signOut } from './support/steps';

// apps/api/src/ledger-demo-seed.ts FINANCE_DEMO_USER
const finance = { email: 'finance@abate.test', name: 'Casey Morgan', roles: [] } as DemoUser;
const FUND = 'Alamance County Opioid Settlement Fund';

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const localInDays = (days: number) => `${isoDay(new Date(Date.now() + days * 86_400_000))}T17:00`;

/** Downloads what the link points to; returns the file's bytes and suggested name. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Every cell of the workbook's first sheet, for exact comparisons. */
async function xlsxCells(bytes: Buffer): Promise<unknown[]> {
  const [sheet] = await readXlsxFile(bytes);
  return sheet.data.flat();
}

describe('settlement fund (finance officer)', () => {
  const browser = useBrowser('ledger');

  it('records a $25,000,000.00 receipt, authorizes a resolution of several lines, funds a $40,000,000.00 round from it, and reads both amounts exactly on the pages, in the CSV and the XLSX', async () => {
    const { page } = browser;
    const problems: AccessibilityProblem[] = [];
    const today = new Date();
    const receivedOn = isoDay(today);
    // NC funds keep a July-June year named by the year it ends in.
    const fiscalYear = today.getUTCMonth() + 1 >= 7 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
    const roundTitle = `County outreach ${Date.now().toString(36)}`;

    // The program officer creates a $40,000,000.00 round paid from the fund, for strategy 8, on the new-round page.
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await fillNewRound(page, {
      title: roundTitle,
      timeZone: 'America/New_York',
      opensAt: localInDays(1),
      closesAt: localInDays(40),
      grantStart: '2027-07-01',
      grantEnd: '2028-06-30',
      budget: '40,000,000.00',
    });
    const newRound = page.getByRole('form', { name: 'New funding round' });
    await newRound.getByLabel('Settlement fund').selectOption({ label: FUND });
    // USWDS draws the box over a hidden input: the label is what a person clicks.
    await newRound.getByText('8: Post-overdose response teams', { exact: true }).click();
    problems.push(...(await seriousViolations(page, 'new-round-with-fund')));
    await browser.screenshot('new-round-with-fund');
    await newRound.getByRole('button', { name: 'Save as draft' }).click();
    await expectVisible(heading(page, `Edit ${roundTitle}`));
    const funding = page.getByRole('form', { name: 'Settlement fund and strategies' });
    await expectVisible(funding.getByText(`Paid from ${FUND}: $0.00 allocated of a $40,000,000.00 budget`));
    expect(await funding.getByLabel('8: Post-overdose response teams').isChecked()).toBe(true);
    await signOut(page);

    await signIn(page, finance);
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Settlement funds' })
      .click();
    await expectVisible(heading(page, 'Settlement funds'));
    problems.push(...(await seriousViolations(page, 'funds')));
    await page.getByRole('link', { name: FUND }).click();
    await expectVisible(heading(page, 'Settlement fund'));
    await expectVisible(page.getByRole('heading', { name: /annual financial report/ }));
    problems.push(...(await seriousViolations(page, 'fund')));
    await browser.screenshot('fund');

    // A $25,000,000.00 receipt, typed as a finance officer types it.
    const receipt = page.getByRole('form', { name: 'Receipt' });
    await receipt.getByLabel('Settlement').selectOption({ label: 'Teva' });
    await receipt.getByLabel('Payment year').fill(String(today.getUTCFullYear()));
    await receipt.getByLabel('Received on').fill(receivedOn);
    await receipt.getByLabel('Amount').fill('25,000,000.00');
    await receipt.getByLabel('Payer').fill('NC Department of Justice');
    await receipt.getByRole('button', { name: 'Record the receipt' }).click();
    await expectVisible(receipt.getByText('Receipt of $25,000,000.00 recorded'));

    // The entries list finds it by kind and date range (and not by a strategy it does not carry).
    await page.getByLabel('Show').selectOption({ label: 'Receipt' });
    await page.getByLabel('From', { exact: true }).fill(receivedOn);
    await page.getByLabel('To', { exact: true }).fill(receivedOn);
    const entries = page.getByRole('table', { name: 'Ledger entries' });
    await expectVisible(entries.getByRole('row', { name: /NC Department of Justice.*\$25,000,000\.00/ }));
    await expectVisible(page.getByText(/^1 matching entries/));
    await page.getByLabel('Strategy', { exact: true }).selectOption({ label: '8: Post-overdose response teams' });
    await expectVisible(page.getByText(/^0 matching entries/));
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await browser.screenshot('fund-entries-filtered');

    // A resolution of two lines, checked together: a repeated strategy is refused naming the line.
    const authorization = page.getByRole('form', { name: 'Spending authorization' });
    await authorization.getByLabel('Authority').fill('Resolution 2026-40, Board of Commissioners');
    await authorization.getByLabel('Adopted on').fill(receivedOn);
    await authorization.getByLabel('Line 1: strategy').selectOption({ label: '7: Naloxone distribution' });
    await authorization.getByLabel('Line 1: amount').fill('400,000.00');
    await authorization.getByLabel('Line 1: from').fill(receivedOn);
    await authorization.getByLabel('Line 1: to').fill(`${today.getUTCFullYear() + 2}-06-30`);
    await authorization.getByRole('button', { name: 'Add a line' }).click();
    await authorization.getByLabel('Line 2: strategy').selectOption({ label: '7: Naloxone distribution' });
    await authorization.getByLabel('Line 2: amount').fill('40,000,000.00');
    await authorization.getByLabel('Line 2: from').fill(receivedOn);
    await authorization.getByLabel('Line 2: to').fill(`${today.getUTCFullYear() + 2}-06-30`);
    await authorization.getByRole('button', { name: 'Record the authorization' }).click();
    await expectVisible(
      authorization.getByRole('alert').getByText(/Line 2 repeats strategy 7 of line 1.*\(line 2, strategyCode\)/),
    );
    await authorization.getByLabel('Line 2: strategy').selectOption({ label: '8: Post-overdose response teams' });
    await authorization.getByRole('button', { name: 'Record the authorization' }).click();
    await expectVisible(authorization.getByText('$40,400,000.00 authorized in 2 lines (strategy 7, 8)'));
    await expectVisible(page.getByText(/Resolution 2026-40, Board of Commissioners, adopted .*: \$40,400,000\.00/));

    // The whole $40,000,000.00 line goes to the new round.
    const allocation = page.getByRole('form', { name: 'Allocate to a funding round' });
    await allocation
      .getByRole('option', { name: /Resolution 2026-40.*: 8, \$40,000,000\.00 left/ })
      .waitFor({ state: 'attached' });
    const line = await allocation.getByRole('option', { name: /Resolution 2026-40.*: 8,/ }).getAttribute('value');
    await allocation.getByLabel('Authorization line').selectOption(line!);
    await allocation
      .getByLabel('Funding round')
      .selectOption({ label: `${roundTitle}, draft (budget $40,000,000.00)` });
    await allocation.getByLabel('Amount').fill('40,000,000.00');
    await allocation.getByRole('button', { name: 'Allocate' }).click();
    await expectVisible(allocation.getByText('$40,000,000.00 allocated; the round now has $40,000,000.00'));
    problems.push(...(await seriousViolations(page, 'fund-after-forms')));
    await browser.screenshot('fund-after-forms');

    // The annual report of this fiscal year shows the receipt exactly, on screen, in the CSV and in the XLSX.
    await page.getByLabel('Fiscal year', { exact: true }).selectOption(String(fiscalYear));
    const reports = page.getByRole('region', {
      name: new RegExp(`annual financial report, fiscal year ${fiscalYear}`),
    });
    await expectVisible(reports.getByRole('row', { name: /Received: Teva \$25,000,000\.00/ }));
    await expectVisible(reports.getByRole('row', { name: /Balance at the end of the fiscal year/ }));
    await expectVisible(reports.getByText(/Pass: Closing balance/));
    const annualCsv = await download(
      page,
      page.getByRole('link', { name: 'Download the Annual financial report as CSV' }),
    );
    expect(annualCsv.name).toMatch(new RegExp(`annual-financial-fy${fiscalYear}\\.csv$`));
    expect(annualCsv.bytes.toString('utf8')).toMatch(/Received: Teva,,,25000000\.00\r\n/);
    const annualXlsx = await download(
      page,
      page.getByRole('link', { name: 'Download the Annual financial report as Excel (XLSX)' }),
    );
    expect(annualXlsx.name).toMatch(new RegExp(`annual-financial-fy${fiscalYear}\\.xlsx$`));
    const annualCells = await xlsxCells(annualXlsx.bytes);
    expect(annualCells[annualCells.indexOf('Received: Teva') + 3]).toBe(25_000_000);

    // The rounds the fund pays: the $40,000,000.00 budget and allocation, on screen, in the CSV and in the XLSX.
    await page.getByLabel('Report', { exact: true }).selectOption({ label: 'Funding rounds paid from the fund' });
    const rounds = page.getByRole('region', { name: /funding rounds paid from the fund/ });
    await expectVisible(
      rounds.getByRole('row', { name: new RegExp(`${roundTitle} Draft 8 \\$40,000,000\\.00 \\$40,000,000\\.00`) }),
    );
    problems.push(...(await seriousViolations(page, 'fund-round-report')));
    await browser.screenshot('fund-round-report');
    const roundsCsv = await download(
      page,
      page.getByRole('link', { name: 'Download the Funding rounds paid from the fund as CSV' }),
    );
    expect(roundsCsv.bytes.toString('utf8')).toContain(`${roundTitle},Draft,8,40000000.00,40000000.00,0.00,0.00\r\n`);
    const roundsXlsx = await download(
      page,
      page.getByRole('link', { name: 'Download the Funding rounds paid from the fund as Excel (XLSX)' }),
    );
    const roundCells = await xlsxCells(roundsXlsx.bytes);
    const at = roundCells.indexOf(roundTitle);
    expect(roundCells.slice(at, at + 5)).toEqual([roundTitle, 'Draft', '8', 40_000_000, 40_000_000]);

    await page.goto('/transparency/settlement-funds');
    await expectVisible(heading(page, 'Settlement fund spending'));
    await expectVisible(page.getByText(FUND));
    problems.push(...(await seriousViolations(page, 'public-spending')));
    await browser.screenshot('public-spending');

    expect(describeProblems(problems)).toBe('');
  }, 420_000);
});
