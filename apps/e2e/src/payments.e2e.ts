import { readFile } from 'node:fs/promises';
import { expectVisible, useBrowser } from './support/browser';
import { describeProblems, seriousViolations, type AccessibilityProblem } from './support/accessibility';
import { demoUser, demoUsers, type DemoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';
import { expectSaved, signOut } from './support/steps';

// apps/api/src/ledger-demo-seed.ts FINANCE_DEMO_USER
const finance = { email: 'finance@abate.test', name: 'Casey Morgan', roles: [] } as DemoUser;

/** A one-page PDF standing in for an invoice. */
const INVOICE = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

describe('payments', () => {
  const browser = useBrowser('payments');

  it('a reimbursement goes from draft to paid through the pages: grantee, program officer, finance officer; the fund’s books show it', async () => {
    const { page } = browser;
    const problems: AccessibilityProblem[] = [];
    const check = async (name: string) => {
      problems.push(...(await seriousViolations(page, name)));
      await browser.screenshot(name);
    };
    // Buncombe County's grantee (applicant2 in the demo) has an award with a paid request, one awaiting finance and a draft.
    const grantee = demoUsers.find((u) => u.organization === 'Buncombe County') ?? {
      email: 'applicant2@abate.test',
      name: 'Dana Whitfield',
      roles: ['APPLICANT' as const],
    };

    // The grantee opens the award's payments and starts a reimbursement.
    await signIn(page, grantee);
    await page.goto('/awards');
    await page.locator('a[href^="/awards/"]').first().click();
    const payments = page.getByRole('region', { name: 'Payments' });
    await expectVisible(payments.getByRole('table', { name: 'Budget at a glance' }));
    await expectVisible(payments.getByText('Paid', { exact: true }).first());
    await expectVisible(payments.getByText('Awaiting finance approval').first());
    await check('award-payments');
    await payments.getByRole('button', { name: 'New reimbursement request' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: /^Reimbursement request PR-/ }));
    const reference = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
      'Reimbursement request ',
      '',
    );
    const hint = (await page.getByText(/^Within the grant, /).textContent()) ?? '';
    const [, start] = /Within the grant, (\d{4}-\d{2}-\d{2})/.exec(hint)!;
    await page.getByLabel('First day').fill(start);
    await page.getByLabel('Last day').fill(start);
    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.getByLabel('Budget category').selectOption('supplies');
    await page.getByLabel('What the money is for').fill('Naloxone kits for the outreach van (invoice 3310)');
    await page.getByLabel('Amount').fill('150.00');
    await expectSaved(page);
    const upload = page.getByLabel('Add documents to line 1');
    await upload.setInputFiles({ name: 'invoice-3310.pdf', mimeType: 'application/pdf', buffer: INVOICE });
    await expectVisible(page.getByRole('link', { name: 'invoice-3310.pdf' }));
    await check('request-form');
    await page.getByRole('button', { name: 'Submit the request' }).click();
    await expectVisible(page.getByText('Awaiting program approval').first());
    await expectVisible(page.getByRole('heading', { name: 'Timeline' }));
    await check('request-submitted');
    await signOut(page);

    // The program officer approves it from the queue.
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto('/payments/approvals');
    await expectVisible(heading(page, 'Payment approvals'));
    await check('officer-queue');
    await page.getByRole('link', { name: reference, exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Program approval' }));
    await page.locator('label', { hasText: /^Approve$/ }).click();
    await check('officer-decision');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await expectVisible(page.getByText('Awaiting finance approval').first());
    await signOut(page);

    // The finance officer approves it, gathers it into a batch, downloads the file and records it paid.
    await signIn(page, finance);
    await page.goto('/payments/approvals');
    await expectVisible(heading(page, 'Payment approvals'));
    await check('finance-queue');
    await page.getByRole('link', { name: reference, exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Financial approval' }));
    await page.locator('label', { hasText: /^Approve$/ }).click();
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await expectVisible(page.getByText('Approved, awaiting payment').first());

    await page.goto('/finance/payment-batches');
    await expectVisible(heading(page, 'Payment batches'));
    await check('batches');
    await page.locator('label', { hasText: `Pay ${reference}` }).click();
    await page.getByRole('button', { name: 'Create the payment batch' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: /^Payment batch of / }));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the payment file (CSV)' }).click(),
    ]);
    const csv = (await readFile((await download.path())!)).toString('utf8');
    const row = csv.split(/\r?\n/).find((line) => line.includes(reference))!;
    expect(row).toContain('Buncombe County');
    expect(row).toContain('150.00');
    expect(row.split(',').at(-2)).not.toBe(''); // strategy codes, before the reference
    await page.getByLabel(`Result for ${reference}`).selectOption('PAID');
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Paid on').fill(today);
    await page.getByLabel('Check or EFT reference').fill('EFT-E2E-0001');
    await check('batch-recording');
    await page.getByRole('button', { name: 'Record the results' }).click();
    await expectVisible(page.getByText('Recorded 1 result'));
    await expectVisible(page.getByText(/reference EFT-E2E-0001/));
    await check('batch-recorded');

    // The request shows it paid, and the fund's books show the expenditure.
    await page.getByRole('link', { name: reference, exact: true }).click();
    await expectVisible(page.getByText('Payment reference EFT-E2E-0001'));
    await page.goto('/finance/funds');
    await page.getByRole('link', { name: 'Alamance County Opioid Settlement Fund' }).click();
    await expectVisible(heading(page, 'Settlement fund'));
    await expectVisible(page.getByRole('table', { name: 'Ledger entries' }).getByText(reference).first());
    await browser.screenshot('fund-shows-payment');

    expect(describeProblems(problems)).toBe('');
  }, 300_000);

  it('the grantee proposes an amendment (more for travel), the program officer approves it, and the budget shows the new amount', async () => {
    const { page } = browser;
    const problems: AccessibilityProblem[] = [];
    const check = async (name: string) => {
      problems.push(...(await seriousViolations(page, name)));
      await browser.screenshot(name);
    };
    const grantee = demoUsers.find((u) => u.organization === 'Buncombe County') ?? {
      email: 'applicant2@abate.test',
      name: 'Dana Whitfield',
      roles: ['APPLICANT' as const],
    };
    const travelAwarded = async () =>
      (await page
        .getByRole('table', { name: 'Budget at a glance' })
        .getByRole('row', { name: /^Travel/ })
        .locator('td')
        .first()
        .textContent()) ?? '';
    const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));

    await signIn(page, grantee);
    await page.goto('/awards');
    await page.locator('a[href^="/awards/"]').first().click();
    const amendments = page.getByRole('region', { name: 'Amendments' });
    await expectVisible(amendments.getByRole('button', { name: 'Propose an amendment' }));
    const awardUrl = page.url();
    const before = dollars(await travelAwarded());
    await amendments.getByRole('button', { name: 'Propose an amendment' }).click();
    const totalHint = (await page.locator('#amendment-total-hint').textContent()) ?? '';
    const total = dollars(/\$([\d,]+\.\d\d)/.exec(totalHint)![1]);
    // Lines that do not add up are refused beside the budget.
    await page.getByLabel('Travel').fill(String(before + 100));
    await page.getByLabel('Reason (required)').fill('Two more outreach trips to the western counties');
    await page.getByRole('button', { name: 'Propose the amendment' }).click();
    await expectVisible(page.getByText(/The budget lines add up to .*, not the award's total/).first());
    await check('amendment-form-errors');
    await page.getByLabel('New award total (optional)').fill(String(total + 100));
    await page.getByRole('button', { name: 'Propose the amendment' }).click();
    await expectVisible(page.getByText('Amendment proposed. The program officer will decide on it.'));
    await expectVisible(amendments.getByText('Awaiting a decision').first());
    await check('amendment-proposed');
    await signOut(page);

    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto(awardUrl);
    const pending = page.getByRole('article').filter({ hasText: 'Awaiting a decision' });
    await expectVisible(pending.getByText('Two more outreach trips to the western counties'));
    // The officer reads who proposed it by name, not "another user".
    await expectVisible(pending.getByText(new RegExp(`^Proposed .+ by ${grantee.name}\\.$`)));
    await pending.getByRole('button', { name: /^Reject amendment/ }).click();
    await expectVisible(pending.getByText('Say why the amendment is rejected: the grantee reads this note').first());
    await check('amendment-decision');
    await pending.getByLabel('Decision note').fill('Trips fit the outreach plan');
    await pending.getByRole('button', { name: /^Approve amendment/ }).click();
    await expectVisible(page.getByText(/^Amendment \d+ approved/));
    // The Payments section's budget reloads with the approval.
    const awardedAfter = `$${(before + 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    await expectVisible(
      page
        .getByRole('table', { name: 'Budget at a glance' })
        .getByRole('row', { name: /^Travel/ })
        .locator('td')
        .first()
        .getByText(awardedAfter, { exact: true }),
    );
    await check('amendment-approved');

    expect(describeProblems(problems)).toBe('');
  }, 300_000);
});
