import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules: what the web app promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

export interface AccessibilityProblem {
  /** The page (as the screenshot names it) where axe found it. */
  page: string;
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe-core on what the page shows now; returns its serious and critical violations. */
export async function seriousViolations(page: Page, name: string): Promise<AccessibilityProblem[]> {
  // A dialog still fading in blends its text with the overlay (#74797d for #71767a): axe would
  // measure the transition, not the page. Wait until no CSS transition or finite animation runs.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  // Legacy mode runs axe.run in the page itself. The default (runPartial) opens a new page
  // and injects axe-core there too on every call, for cross-origin iframes, which the web app
  // has none of. Only violations are asked for: axe then skips writing up every passing node.
  // Measured on one form page: 2.4-2.8 s per check by default, 0.6 s this way (docs/speed.md).
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      page: name,
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      helpUrl: violation.helpUrl,
      // With axe's own summary (for contrast: the colors and the ratio it measured).
      targets: violation.nodes.map(
        (node) => `${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    }));
}

/** Each violation with its rule, what it asks for and the elements at fault, for a failure message. */
export function describeProblems(problems: AccessibilityProblem[]): string {
  return problems
    .map(
      (p) =>
        `[${p.page}] ${p.id} (${p.impact}): ${p.help} (${p.helpUrl})\n${p.targets.map((t) => `    at ${t}`).join('\n')}`,
    )
    .join('\n');
}
