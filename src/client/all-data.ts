/**
 * "Hent alle data i én fil" on /om-data/#hent: fetches the area files (Hele landet and the 98 kommuner, where every
 * number is kept once) a few at a time and saves them joined as one CSV. A failure says which file, and nothing is saved.
 */
import { JoinError, joinExports } from '../lib/download/join-exports.ts';
import { FetchError, fetchText, save } from './download.ts';

const AT_ONCE = 6;

export function initAllData(): void {
  const root = document.querySelector<HTMLElement>('[data-all-data]');
  const button = root?.querySelector<HTMLButtonElement>('[data-all-data-button]');
  const progress = root?.querySelector<HTMLProgressElement>('[data-all-data-progress]');
  const status = root?.querySelector<HTMLElement>('[data-all-data-status]');
  if (!root || !button || !progress || !status) return;
  const urls = JSON.parse(root.dataset['files'] ?? '[]') as string[];
  const name = root.dataset['name'] ?? 'jobcentertjek-data.csv';

  button.addEventListener('click', async () => {
    button.disabled = true;
    progress.value = 0;
    progress.hidden = false;
    status.textContent = `Henter ${urls.length} filer …`;
    try {
      const files = await fetchAll(urls, () => progress.value++);
      save(new Blob([joinExports(files)], { type: 'text/csv;charset=utf-8' }), name);
      status.textContent = `Færdig: ${name} er hentet (${urls.length} filer lagt sammen).`;
    } catch (error) {
      const reason = error instanceof JoinError || error instanceof FetchError ? error.message : 'forbindelsen svigtede';
      status.textContent = `Alle data kunne ikke hentes: ${reason}. Prøv igen, eller hent filerne én ad gangen herunder.`;
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  });
}

/** The files in the given order, at most AT_ONCE requests at a time; the first failure stops the rest. */
async function fetchAll(urls: string[], onFile: () => void): Promise<{ name: string; text: string }[]> {
  const files: { name: string; text: string }[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      const url = urls[index]!;
      files[index] = { name: url, text: await fetchText(url) };
      onFile();
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, urls.length) }, worker));
  return files;
}
