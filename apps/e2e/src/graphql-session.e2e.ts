import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { signIn } from './support/pages';

/** POSTs a query to /graphql from the page, as the web app does: same origin, with its cookies. */
function queryFromPage(page: Page, query: string) {
  return page.evaluate(
    async (body) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { query },
  );
}

describe('session cookie on API calls', () => {
  const browser = useBrowser('graphql-session');

  it('after signing in through the UI as the program officer, /graphql knows who is calling', async () => {
    const { page } = browser;
    const officer = demoUser('PROGRAM_OFFICER');

    await page.goto('/sign-in');
    expect(await queryFromPage(page, '{ me { roles } }')).toEqual({ status: 200, body: { data: { me: null } } });

    await signIn(page, officer);
    await browser.screenshot('signed-in');
    expect(await queryFromPage(page, '{ me { email name roles } }')).toEqual({
      status: 200,
      body: { data: { me: { email: officer.email, name: officer.name, roles: ['PROGRAM_OFFICER'] } } },
    });
  });
});
