/** Where a build may write: never over the user's or the project's own folders, only into a new, empty or earlier build folder. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { ROOT, UsageError } from './io.ts';

/** Written into every finished build: a folder holding it may be replaced by the next build. */
export const BUILD_MARKER = '.jobcentertjek-build';

const PROJECT_FOLDERS = ['data', 'src', 'scripts', 'test', 'public', 'node_modules', '.git', '.github', '.ci', '.astro', '.cache'];

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** The output folder as an absolute path, or a UsageError saying in Danish why it is refused. */
export function checkOutDir(given: string): string {
  const out = resolve(given);
  const refuse = (why: string) => {
    throw new UsageError(`--out ${given}: ${why}. Intet er ændret. Vælg en ny eller tom mappe, fx dist/.`);
  };
  if (out === resolve('/')) refuse('roden af filsystemet kan ikke bruges');
  if (out === homedir()) refuse('din hjemmemappe kan ikke bruges');
  if (inside(ROOT, out)) refuse(out === ROOT ? 'det er projektets egen mappe' : 'mappen indeholder projektet');
  for (const folder of PROJECT_FOLDERS) {
    const own = join(ROOT, folder);
    // .cache holds earlier test builds (.cache/dist-real): a folder inside it is fine, .cache itself is not.
    if (folder === '.cache' ? out === own : inside(out, own)) refuse(`${relative(ROOT, own)}/ er en af projektets egne mapper`);
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) refuse('det er en fil, ikke en mappe');
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(BUILD_MARKER) && !isEarlierBuild(out))
      refuse(`mappen er ikke tom og er ikke en tidligere bygning af Jobcentertjek (der er ingen ${BUILD_MARKER} i den)`);
  }
  return out;
}

/** A build from before the marker existed: our front page, the kommune pages and the search index, nothing foreign. */
function isEarlierBuild(out: string): boolean {
  const index = join(out, 'index.html');
  if (!existsSync(index) || !existsSync(join(out, 'kommune')) || !existsSync(join(out, 'pagefind'))) return false;
  return /<title>Jobcentertjek<\/title>/.test(readFileSync(index, 'utf8'));
}
