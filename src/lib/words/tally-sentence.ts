import { formatList } from './format.ts';

export interface Tally {
  better: number;
  worse: number;
  level: number;
  /** Measures where the group is too small to tell (under 10 persons). */
  unsure?: number;
}

const count = (n: number) => (n === 1 ? '1 måling' : `${n} målinger`);

/**
 * "Af de 9 målinger, hvor … ligger Aarhus klart bedre end hele landet på 3 målinger, klart dårligere på 5 målinger og
 * på niveau på 1 måling." Zero parts are left out; the first part names what is compared with. Measures whose group is
 * too small to tell are named as such, never counted as better or worse.
 */
export function tallySentence(place: string, total: number, tally: Tally): string {
  const unsure = tally.unsure ?? 0;
  const kinds = [
    ['klart bedre', ' end hele landet', tally.better],
    ['klart dårligere', ' end hele landet', tally.worse],
    ['på niveau', ' med hele landet', tally.level],
  ] as const;
  const which = total === 1 ? 'På den ene måling' : `Af de ${total} målinger`;
  const lead = `${which}, hvor der er tal for både ${place} og hele landet,`;
  if (unsure === total) {
    return `${lead} er grupperne i ${place} for små til at sige, om kommunen ligger bedre eller dårligere end hele landet.`;
  }
  const shown = kinds.filter(([, , n]) => n > 0);
  const unsureText = unsure > 0 ? `; på ${count(unsure)} er gruppen for lille til at sammenligne` : '';
  if (total > 1 && shown.length === 1 && unsure === 0) {
    // One verdict for every measure: "… ligger Læsø klart dårligere end hele landet på begge".
    const [words, against] = shown[0]!;
    return `${lead} ligger ${place} ${words}${against} på ${total === 2 ? 'begge' : `alle ${total}`}.`;
  }
  const parts = shown.map(([words, against, n], i) => `${words}${i === 0 ? against : ''}${total === 1 ? '' : ` på ${count(n)}`}`);
  return `${lead} ligger ${place} ${formatList(parts)}${unsureText}.`;
}

/**
 * The law before the average: "Aarhus lever op til lovens krav på 2 af de 9 målinger, hvor loven sætter et niveau."
 * Empty when the law sets no level for any measure shown.
 */
export function lawTallySentence(place: string, met: number, total: number): string {
  if (total === 0) return '';
  if (total === 1) return `${place} ${met === 1 ? 'lever' : 'lever ikke'} op til lovens krav på den ene måling, hvor loven sætter et niveau.`;
  if (met === 0) return `${place} lever ikke op til lovens krav på nogen af de ${total} målinger, hvor loven sætter et niveau.`;
  if (met === total) return `${place} lever op til lovens krav på alle ${total} målinger, hvor loven sætter et niveau.`;
  return `${place} lever op til lovens krav på ${met} af de ${total} målinger, hvor loven sætter et niveau.`;
}
