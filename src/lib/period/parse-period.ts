import { MONTH_NAMES as MONTHS } from './month-names.ts';

const PERIOD_CODE = /^\d{4}(M(0[1-9]|1[0-2])|Q[1-4]|QMAT(0[1-9]|1[0-2])|Y01)$/;
const SPELLED = /^([a-zæøå]+)\.?\s+(\d{4})$/;

export const PERIOD_FORMATS = 'fx "2024M05", "2024Q1", "2024QMAT05", "2017Y01" eller "december 2018"';

/** Period cell → period code as published ("2024M05"); spelled-out Danish months become month codes. undefined when unknown. */
export function parsePeriod(cell: string): string | undefined {
  const text = cell.trim();
  if (PERIOD_CODE.test(text)) return text;
  const spelled = SPELLED.exec(text.toLowerCase());
  if (!spelled) return undefined;
  const month = MONTHS.indexOf(spelled[1] ?? '');
  if (month === -1) return undefined;
  return `${spelled[2]}M${String(month + 1).padStart(2, '0')}`;
}
