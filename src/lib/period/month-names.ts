/** Danish month names ("januar" … "december"), from Intl so they are spelled as the platform spells them. */
const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', timeZone: 'UTC' });
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, m) => monthName.format(Date.UTC(2000, m, 1)));
