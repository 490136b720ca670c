import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { describeProblems, seriousViolations, type AccessibilityProblem } from './support/accessibility';
import { expectPath, expectVisible, useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';

const HEADER = [
  'Occurred at (UTC)',
  'Actor',
  'Actor id',
  'Action',
  'Entity type',
  'Entity id',
  'Request id',
  'Before',
  'After',
];

/** The auditor filters the trail (who, what, when), pages it, and downloads the filtered set as CSV and XLSX. */
describe('the audit trail', () => {
  const browser = useBrowser('audit-trail');

  it('the auditor filters the trail and downloads what matches as CSV and XLSX', async () => {
    const { page } = browser;
    const problems: AccessibilityProblem[] = [];
    const auditor = demoUser('AUDITOR');
    await signIn(page, auditor);
    await page.getByRole('link', { name: /Open the audit trail/ }).click();
    await expectPath(page, '/audit');
    await expectVisible(heading(page, 'Audit trail'));
    const count = page.locator('#audit-count');
    await expectVisible(count.filter({ hasText: /changes\b/ }));
    problems.push(...(await seriousViolations(page, 'audit trail')));
    await browser.screenshot('all');

    // A mistake is named at its field, and nothing is asked of the API.
    const form = page.getByRole('search', { name: 'Filter the audit trail' });
    await form.getByLabel('Record id').fill('not an id');
    await form.getByRole('button', { name: 'Show changes' }).click();
    await expectVisible(page.getByRole('link', { name: /Record id: Enter the record’s id/ }));
    problems.push(...(await seriousViolations(page, 'audit trail with an error')));
    await form.getByLabel('Record id').fill('');

    // Who, what and when: the auditor's own sign-ins (each one audited), up to today.
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await form.getByLabel('Who').fill(auditor.email.split('@')[0].toUpperCase());
    await form.getByLabel('Action').fill('session');
    await form.getByLabel('Record type').fill('Session');
    await form.getByLabel('From').fill('2020-01-01');
    await form.getByLabel('To').fill(day);
    await form.getByRole('button', { name: 'Show changes' }).click();
    await expectVisible(count.filter({ hasText: /match the filters/ }));
    expect(new URL(page.url()).searchParams.get('entityType')).toBe('Session');
    const rows = page.locator('tbody tr');
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    for (let i = 0; i < shown; i++) {
      expect(await rows.nth(i).locator('td[data-label="Who"]').textContent()).toBe(auditor.email);
      expect(await rows.nth(i).locator('td[data-label="Action"]').textContent()).toMatch(/^session\./);
      expect(await rows.nth(i).locator('td[data-label="Record"]').textContent()).toMatch(/^Session/);
    }
    const total = Number(/^([\d,]+) changes?/.exec((await count.textContent())!)![1].replace(/,/g, ''));
    problems.push(...(await seriousViolations(page, 'filtered audit trail')));
    await browser.screenshot('filtered');

    const download = async (name: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
    };
    const csv = await download(/^CSV$/);
    expect(csv.name).toBe('audit-trail.csv');
    const lines = csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(HEADER.join(','));
    expect(lines).toHaveLength(total + 1);
    for (const line of lines.slice(1))
      expect(line.startsWith('20') && line.includes(`,${auditor.email},`) && /,session\.\w+,Session,/.test(line)).toBe(
        true,
      );

    const xlsx = await download(/Excel \(XLSX\)/);
    expect(xlsx.name).toBe('audit-trail.xlsx');
    const [sheet] = await readXlsxFile(xlsx.body);
    expect(sheet.data[0]).toEqual(HEADER);
    expect(sheet.data).toHaveLength(total + 1);
    expect(new Set(sheet.data.slice(1).map((r) => `${r[1]} ${r[4]}`))).toEqual(new Set([`${auditor.email} Session`]));

    // One record's history from its row, then back to everything.
    const recordId = (await rows.first().locator('td[data-label="Record"] span').textContent())!;
    await page.goto(`/audit?entityId=${recordId}`);
    await expectVisible(count.filter({ hasText: /match the filters/ }));
    expect(await page.locator(`tbody td[data-label="Record"] span:not(:text("${recordId}"))`).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expectVisible(count.filter({ hasText: /^[\d,]+ changes?(; showing the newest \d+)?\.$/ }));

    expect(describeProblems(problems)).toBe('');
  }, 180_000);

  it('is not for applicants', async () => {
    const { page } = browser;
    await signIn(page, demoUser('APPLICANT'));
    await page.goto('/audit');
    await expectVisible(page.getByText('This page is for program officers and auditors.'));
  });
});
