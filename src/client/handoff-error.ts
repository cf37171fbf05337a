/**
 * A page whose data did not match what its controller reads: the map as built still reads (colours, names, the key and
 * the lists), but it cannot change month or show details. Said where the map is, with the way to the same numbers;
 * every problem goes to the console for whoever fixes it.
 */
import type { HandoffError } from '../lib/site/read-handoff.ts';
import { withBase } from '../lib/site/with-base.ts';

export function showHandoffError(root: HTMLElement, error: HandoffError, cannot: string): void {
  console.error(error.message);
  const note = Object.assign(document.createElement('p'), { className: 'handoff-error' });
  note.setAttribute('role', 'alert');
  const table = Object.assign(document.createElement('a'), { href: withBase('/tabel/'), textContent: 'tabellen over alle kommuner' });
  note.append(`${cannot}, fordi siden har fået data, den ikke kan læse. Kortet viser tallene, siden blev bygget med, og alle tal står i `, table, '.');
  root.querySelector('.panel')?.before(note);
}
