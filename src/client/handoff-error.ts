/**
 * A page whose data did not match what its controller reads: what was built still reads (the map's colours, names, key
 * and lists; the compare page's chart and table), but it cannot change what it shows. Said where the page's controls
 * are, with the way to the same numbers; every problem goes to the console for whoever fixes it.
 */
import { HandoffError } from '../lib/site/read-handoff.ts';
import { withBase } from '../lib/site/with-base.ts';

function showHandoffError(root: HTMLElement, error: HandoffError, cannot: string, before = '.panel'): void {
  console.error(error.message);
  const note = Object.assign(document.createElement('p'), { className: 'handoff-error' });
  note.setAttribute('role', 'alert');
  const table = Object.assign(document.createElement('a'), { href: withBase('/tabel/'), textContent: 'tabellen over alle kommuner' });
  note.append(`${cannot}, fordi siden har fået data, den ikke kan læse. Siden viser tallene, den blev bygget med, og alle tal står i `, table, '.');
  root.querySelector(before)?.before(note);
}

/**
 * The page's data for its controller, read with its checked reader; when it does not match, the reader is told where the
 * page is (`cannot`: what no longer works, said before `before`) and undefined comes back. Other errors are thrown.
 */
function readPageData<T>(root: HTMLElement, json: HTMLElement, read: (text: string) => T, cannot: string, before?: string): T | undefined {
  try {
    return read(json.textContent ?? '');
  } catch (error) {
    if (!(error instanceof HandoffError)) throw error;
    showHandoffError(root, error, cannot, before);
    return undefined;
  }
}

/**
 * A controller on its page: the element `selector` and its JSON (#`jsonId`), read with the checked reader; `make` gets both
 * when they match. No element: not this page. A mismatch: said on the page (see readPageData), and no controller.
 */
export function startOnPage<T, C>(
  selector: string,
  jsonId: string,
  read: (text: string) => T,
  cannot: string,
  make: (root: HTMLElement, data: T) => C,
  before?: string,
): C | undefined {
  const root = document.querySelector<HTMLElement>(selector);
  const json = document.getElementById(jsonId);
  if (!root || !json) return undefined;
  const data = readPageData(root, json, read, cannot, before);
  return data === undefined ? undefined : make(root, data);
}
