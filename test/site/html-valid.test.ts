/**
 * Every page of the build is valid HTML by html-validate's recommended rules (HTML5 content models, ARIA use, labels,
 * ids, deprecated markup), less the rules below, each switched off for a stated reason. A page-level exception sits at
 * its spot in the template as an html-validate directive with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { siteDir, siteFiles } from '../support/site.ts';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The built pages keep Astro's template indentation (compressHTML is off so words never glue together); no
    // reader or browser sees trailing spaces.
    'no-trailing-whitespace': 'off',
    // Map keys, swatches and bars take their colour from the measure's colour scale, which is data made at build
    // time; the site sends no Content-Security-Policy that would forbid style attributes.
    'no-inline-style': 'off',
    // A page title names its measure in full, as the law and jobindsats.dk name it ("Aktiveringsgrad:
    // kontanthjælpsmodtagere (alle visitationskategorier)"); a search engine may cut it, a shorter one would be ambiguous.
    'long-title': 'off',
  },
};

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate(config);
  const pages = siteFiles().filter((p) => p.endsWith('.html'));
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(siteDir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  expect(pages.length).toBeGreaterThan(98 * 2);
  expect(problems.slice(0, 30), `${problems.length} fejl i ${new Set(problems.map((p) => p.split(':')[0])).size} sider`).toEqual([]);
}, 240_000);
