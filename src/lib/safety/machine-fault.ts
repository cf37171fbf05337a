/**
 * Faults of the machine rather than of the data — a full disk, a folder the user may not write in, a read-only drive,
 * a folder that has gone — named in plain Danish. The caller adds what was kept ("Den tidligere side … er uændrede").
 */
export type MachineFault = 'ENOSPC' | 'EACCES' | 'EROFS' | 'ENOENT';

/** EDQUOT (quota) reads as a full disk and EPERM as missing permission: the user's remedy is the same. */
const ALIASES: Record<string, MachineFault> = { ENOSPC: 'ENOSPC', EDQUOT: 'ENOSPC', EACCES: 'EACCES', EPERM: 'EACCES', EROFS: 'EROFS', ENOENT: 'ENOENT' };

/** The fault behind a thrown error (node's `code`), if it is one of the machine's. */
export function machineFault(error: unknown): { fault: MachineFault; path: string | undefined } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, path } = error as { code?: unknown; path?: unknown };
  const fault = typeof code === 'string' ? ALIASES[code] : undefined;
  return fault ? { fault, path: typeof path === 'string' ? path : undefined } : undefined;
}

/**
 * The fault in a failed step's output ("ENOSPC: no space left on device, write"), with the path it names if any.
 * ENOENT is left out: in a tool's output it is far more often a missing module or input than a vanished folder.
 */
export function machineFaultInText(text: string): { fault: MachineFault; path: string | undefined } | undefined {
  const match = /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM)\b[^\n]*/.exec(text);
  if (!match) return undefined;
  return { fault: ALIASES[match[1]!]!, path: /'(\/[^']+)'/.exec(match[0])?.[1] };
}

/** One Danish sentence saying what the machine refused, for `where` (a folder, as the user knows it). */
export function describeMachineFault(fault: MachineFault, where: string): string {
  switch (fault) {
    case 'ENOSPC':
      return `Disken er fuld: der er ikke plads til at skrive i ${where}.`;
    case 'EACCES':
      return `Ingen adgang: brugeren må ikke skrive i ${where}.`;
    case 'EROFS':
      return `${where} ligger på et skrivebeskyttet drev (kun læsning), så der kan ikke skrives.`;
    case 'ENOENT':
      return `Mappen ${where} findes ikke (længere). Er drevet taget ud, eller er mappen slettet?`;
  }
}

/** "38,1 MB": sizes in script output, Danish decimal comma. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}
