import { readFile } from 'node:fs/promises';
import { expectVisible, useBrowser } from './support/browser';
import { describeProblems, seriousViolations, type AccessibilityProblem } from './support/accessibility';
import { heading, signIn } from './support/pages';
import type { DemoUser } from './support/demo-users';

// apps/api/src/ledger-demo-seed.ts FINANCE_DEMO_USER
const finance = { email: 'finance@abate.test', name: 'Casey Morgan', roles: [] } as DemoUser;

describe('settlement fund (finance officer)', () => {
  const browser = useBrowser('ledger');

  it('records a receipt, authorizes a strategy, allocates to a round, and opens the annual report and its XLSX', async () => {
    const { page } = browser;
    const problems: AccessibilityProblem[] = [];
    await signIn(page, finance);

    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Settlement funds' })
      .click();
    await expectVisible(heading(page, 'Settlement funds'));
    problems.push(...(await seriousViolations(page, 'funds')));
    await page.getByRole('link', { name: 'Alamance County Opioid Settlement Fund' }).click();
    await expectVisible(heading(page, 'Settlement fund'));
    await expectVisible(page.getByRole('heading', { name: /annual financial report/ }));
    problems.push(...(await seriousViolations(page, 'fund')));
    await browser.screenshot('fund');

    const receipt = page.getByRole('form', { name: 'Receipt' });
    await receipt.getByLabel('Settlement').selectOption({ label: 'Teva' });
    await receipt.getByLabel('Payment year').fill('2026');
    await receipt.getByLabel('Received on').fill('2026-08-14');
    await receipt.getByLabel('Amount').fill('25,000,000.00');
    await receipt.getByLabel('Payer').fill('NC Department of Justice');
    await receipt.getByRole('button', { name: 'Record the receipt' }).click();
    await expectVisible(receipt.getByText('Receipt of $25,000,000.00 recorded'));

    const authorization = page.getByRole('form', { name: 'Spending authorization' });
    await authorization.getByLabel('Authority').fill('Resolution 2026-40, Board of Commissioners');
    await authorization.getByLabel('Adopted on').fill('2026-08-18');
    await authorization.getByLabel('Strategy').selectOption({ label: '7: Naloxone distribution' });
    await authorization.getByLabel('Amount').fill('400,000.00');
    await authorization.getByLabel('From').fill('2026-07-01');
    await authorization.getByLabel('To').fill('2027-06-30');
    await authorization.getByRole('button', { name: 'Record the authorization' }).click();
    await expectVisible(authorization.getByText('$400,000.00 authorized for strategy 7'));

    const allocation = page.getByRole('form', { name: 'Allocate to a funding round' });
    await allocation
      .getByRole('option', { name: /Resolution 2026-40.*: 7, \$400,000\.00 left/ })
      .waitFor({ state: 'attached' });
    const line = await allocation.getByRole('option', { name: /Resolution 2026-40/ }).getAttribute('value');
    await allocation.getByLabel('Authorization line').selectOption(line!);
    await allocation.getByLabel('Funding round').selectOption({ index: 1 });
    await allocation.getByLabel('Amount').fill('100,000.00');
    await allocation.getByRole('button', { name: 'Allocate' }).click();
    await expectVisible(allocation.getByText(/\$100,000\.00 allocated/));
    await browser.screenshot('fund-after-forms');

    const reports = page.getByRole('region', { name: /annual financial report/ });
    await expectVisible(reports.getByRole('row', { name: /Balance at the end of the fiscal year/ }));
    await expectVisible(reports.getByText(/Pass: Closing balance/));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the Annual financial report as Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/annual-financial-fy\d{4}\.xlsx$/);
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe('PK');

    await page.goto('/transparency/settlement-funds');
    await expectVisible(heading(page, 'Settlement fund spending'));
    await expectVisible(page.getByText('Alamance County Opioid Settlement Fund'));
    problems.push(...(await seriousViolations(page, 'public-spending')));
    await browser.screenshot('public-spending');

    expect(describeProblems(problems)).toBe('');
  });
});
