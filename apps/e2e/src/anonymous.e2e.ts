import { expectPath, expectVisible, useBrowser } from './support/browser';
import { anonymousHomeHeading, heading } from './support/pages';

describe('anonymous visitor', () => {
  const browser = useBrowser('anonymous');

  it('sees what Abate is on the home page and can go on to sign in', async () => {
    const { page } = browser;
    await page.goto('/');
    await expectVisible(heading(page, anonymousHomeHeading));
    expect(await page.title()).toBe(`${anonymousHomeHeading} | Abate`);
    await expectVisible(page.getByRole('banner').getByRole('link', { name: 'Abate home', exact: true }));
    await expectVisible(
      page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Sign in' }),
    );
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await browser.screenshot('home');

    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await expectPath(page, '/sign-in');
    await expectVisible(heading(page, 'Sign in'));
    await browser.screenshot('sign-in');
  });

  it('gets "Page not found" for an unknown path, with a way back home', async () => {
    const { page } = browser;
    await page.goto('/no-such-page');
    await expectVisible(heading(page, 'Page not found'));
    await browser.screenshot('not-found');

    await page.getByRole('link', { name: 'Go to the Abate home page' }).click();
    await expectPath(page, '/');
    await expectVisible(heading(page, anonymousHomeHeading));
  });
});
