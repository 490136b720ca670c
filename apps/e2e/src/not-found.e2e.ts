import { expectPath, expectVisible, useBrowser } from './support/browser';
import { demoUser, type Role } from './support/demo-users';
import { heading, signIn } from './support/pages';

// An id of the right shape that names nothing.
const NOBODY = '00000000-0000-4000-8000-000000000000';

describe('a document page at an address that names nothing', () => {
  const browser = useBrowser('not-found');

  it.each<[string, Role, string, string, string, string]>([
    [
      'an application',
      'APPLICANT',
      `/applications/${NOBODY}`,
      'Application not found',
      'Back to your applications',
      '/applications',
    ],
    ['a quarterly report', 'APPLICANT', `/reports/${NOBODY}`, 'Report not found', 'Back to your awards', '/awards'],
    ['a review', 'REVIEWER', `/reviews/${NOBODY}`, 'Review not found', 'Back to your reviews', '/reviews'],
    [
      'a report to review',
      'PROGRAM_OFFICER',
      `/officer/reports/${NOBODY}`,
      'Report not found',
      'Back to the quarterly reports',
      '/officer/reports',
    ],
  ])('says %s is not found, offers no retry, and links back', async (_what, role, path, title, back, backPath) => {
    const { page } = browser;
    await signIn(page, demoUser(role));
    await page.goto(path);
    await expectVisible(heading(page, title));
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await browser.screenshot(title.toLowerCase().replace(/\W+/g, '-') + `-${role.toLowerCase()}`);
    await page.getByRole('link', { name: back }).click();
    await expectPath(page, backPath);
  });
});
