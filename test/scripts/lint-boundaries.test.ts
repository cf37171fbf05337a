/** The house style's import boundaries, as ESLint enforces them in `npm run lint` (part of `npm test`). */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it('src/lib: no file system, no DOM, no Astro, nothing from src/data', async () => {
    const found = await problems(
      'src/lib/words/example.ts',
      `import { readFileSync } from 'node:fs';\nimport { siteData } from '../../data/site-data.ts';\nexport const a = [readFileSync, siteData, document.title];\n`,
    );
    expect(found.filter((p) => p.startsWith('no-restricted-imports'))).toHaveLength(2);
    expect(found.some((p) => p.startsWith('no-restricted-globals') && p.includes('document'))).toBe(true);
  });

  it('src/lib/words: the bottom of src/lib, importing neither the map nor charts nor comparisons', async () => {
    const found = await problems('src/lib/words/example.ts', `import { classOf } from '../map/colour-scale.ts';\nexport const c = classOf;\n`);
    expect(found).toEqual([expect.stringContaining('src/lib/words bruges af kort')]);
    expect(await problems('src/lib/words/example.ts', `import { parsePeriod } from '../period/parse-period.ts';\nexport const f = parsePeriod;\n`)).toEqual([]);
  });

  it('src/lib may hash (node:crypto is a computation, not I/O)', async () => {
    expect(await problems('src/lib/release/example.ts', `import { createHash } from 'node:crypto';\nexport const h = createHash;\n`)).toEqual([]);
  });

  it("src/client: never imports the build's data door (src/data)", async () => {
    const found = await problems('src/client/example.ts', `import { siteData } from '../data/site-data.ts';\nexport const d = siteData;\n`);
    expect(found).toEqual([expect.stringContaining('src/data')]);
  });

  it('src/features: browser code like src/client, and one feature never imports another', async () => {
    const other = await problems('src/features/map-explorer/example.ts', `import { Compare } from '../compare/compare.ts';\nexport const c = Compare;\n`);
    expect(other).toEqual([expect.stringContaining('importerer ikke fra en anden')]);
    const door = await problems('src/features/map-explorer/example.ts', `import { siteData } from '../../data/site-data.ts';\nexport const d = siteData;\n`);
    expect(door).toEqual([expect.stringContaining('src/data')]);
    const own = `import { readMapHandoff } from './map-handoff.ts';\nimport { withBase } from '../../lib/site/with-base.ts';\nimport { wireDownloads } from '../../client/download.ts';\nexport const o = [readMapHandoff, withBase, wireDownloads];\n`;
    expect(await problems('src/features/map-explorer/example.ts', own)).toEqual([]);
  });

  it('src/lib does not import a feature', async () => {
    const found = await problems(
      'src/lib/map/example.ts',
      `import { readMapHandoff } from '../../features/map-explorer/map-handoff.ts';\nexport const r = readMapHandoff;\n`,
    );
    expect(found).toEqual([expect.stringContaining('src/lib afhænger kun af src/lib')]);
  });

  it('scripts may read files', async () => {
    expect(await problems('scripts/example.ts', `import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n`)).toEqual([]);
  });
});
