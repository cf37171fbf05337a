import { formatList } from './format.ts';

export interface Tally {
  better: number;
  worse: number;
  level: number;
}

const count = (n: number) => (n === 1 ? '1 måling' : `${n} målinger`);

/**
 * "Af de 9 målinger, hvor … ligger Aarhus klart bedre end hele landet på 3 målinger, klart dårligere på 5 målinger og
 * på niveau på 1 måling." Zero parts are left out; the first part names what is compared with.
 */
export function tallySentence(place: string, total: number, tally: Tally): string {
  const parts = (
    [
      ['klart bedre', ' end hele landet', tally.better],
      ['klart dårligere', ' end hele landet', tally.worse],
      ['på niveau', ' med hele landet', tally.level],
    ] as const
  )
    .filter(([, , n]) => n > 0)
    .map(([words, against, n], i) => `${words}${i === 0 ? against : ''}${total === 1 ? '' : ` på ${count(n)}`}`);
  if (parts.length === 0) return '';
  if (total > 1 && parts.length === 1) {
    // One verdict for every measure: "… ligger Læsø klart dårligere end hele landet på begge".
    const [words, against] = [
      ['klart bedre', ' end hele landet'],
      ['klart dårligere', ' end hele landet'],
      ['på niveau', ' med hele landet'],
    ][tally.better > 0 ? 0 : tally.worse > 0 ? 1 : 2]!;
    return `Af de ${total} målinger, hvor der er tal for både ${place} og hele landet, ligger ${place} ${words}${against} på ${total === 2 ? 'begge' : `alle ${total}`}.`;
  }
  const list = formatList(parts);
  const which = total === 1 ? 'På den ene måling' : `Af de ${total} målinger`;
  return `${which}, hvor der er tal for både ${place} og hele landet, ligger ${place} ${list}.`;
}
