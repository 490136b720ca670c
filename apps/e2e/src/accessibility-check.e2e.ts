import { seriousViolations } from './support/accessibility';
import { useBrowser } from './support/browser';

/**
 * The accessibility check every browser test relies on must itself find what it is there to
 * find: a page with a known serious violation of each common kind is reported, rule by rule,
 * and the same page mended is not.
 */
describe('the accessibility check', () => {
  const browser = useBrowser('accessibility-check');

  const page = (mended: boolean) => `<!doctype html>
<html lang="en"><head><title>Check</title></head><body><main>
  <h1>Quarterly report</h1>
  <p style="color:#aaaaaa;background:#ffffff">${mended ? '' : 'Faint text no one can read.'}</p>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${mended ? 'alt="Program logo"' : ''}>
  ${mended ? '<label for="kits">Naloxone kits</label>' : ''}<input id="kits" type="text">
  <button type="button">${mended ? 'Save' : ''}</button>
</main></body></html>`;

  it('reports low contrast, a missing alt text, an unlabeled field and an empty button; nothing once mended', async () => {
    await browser.page.setContent(page(false));
    const found = await seriousViolations(browser.page, 'broken');
    expect(found.map((p) => p.id).sort()).toEqual(['button-name', 'color-contrast', 'image-alt', 'label']);
    expect(found.find((p) => p.id === 'label')?.targets.join(' ')).toContain('#kits');

    await browser.page.setContent(page(true));
    expect(await seriousViolations(browser.page, 'mended')).toEqual([]);
  });
});
