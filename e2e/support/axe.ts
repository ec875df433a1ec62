import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and fails listing each violation: id, impact, help and the selectors it hit. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} [${v.impact ?? 'unknown'}] ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.map(String).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`).join('\n'),
  );
  if (report.length > 0) console.log(`axe violations (${label}):\n${report.join('\n')}`);
  expect(report, `axe violations (${label})`).toEqual([]);
}
