/** README.md beside a fetched release: where the files came from, when, by which request, and what is not in them. */

export interface FetchedFile {
  file: string;
  table: string;
  tableName: string;
  request: string;
  rows: number;
  first: string;
  last: string;
  indicators: string[];
  dropped: string[];
}

export interface ReleaseNote {
  date: string;
  /** ISO time of the retrieval. */
  retrieved: string;
  base: string;
  files: FetchedFile[];
  /** describeMissing's lines: catalogue measures this release could not bring. */
  missing: string[];
}

const escape = (text: string) => text.replace(/\|/g, '\\|');

export function releaseNote(note: ReleaseNote): string {
  const lines = [
    `# Udgivelse ${note.date} — jobindsats.dk, hentet ${note.retrieved.slice(0, 10)}`,
    '',
    'Offentliggjorte tal pr. kommune fra **Jobindsats.dk, Styrelsen for Arbejdsmarked og Rekruttering (STAR)**, hentet af',
    '`npm run data:fetch`. Kildeangivelse: "Kilde: Jobindsats.dk, Styrelsen for Arbejdsmarked og Rekruttering (STAR)".',
    '',
    '| | |',
    '|---|---|',
    `| Oprindelse | jobindsats' API v3, ${note.base} |`,
    `| Hentet | ${note.retrieved} (UTC) |`,
    "| Bearbejdning | Svaret (JSON) er skrevet i jobindsats' eget CSV-layout (UTF-8 med BOM, `;`, decimalkomma, CRLF). **Intet tal er ændret.** Kolonner, som ingen måling i kataloget bruger, er udeladt (se nedenfor). |",
    '| Undertrykte tal | Tomme felter = ikke offentliggjort (`null` i svaret), aldrig nul |',
    '| Kontrol | `manifest.json` har forespørgsel, sha256, antal rækker og perioder for hver fil |',
    '',
    '| fil | jobindsats-tabel | målinger | rækker | perioder |',
    '|---|---|---|---|---|',
    ...note.files.map(
      (f) =>
        `| \`${f.file}\` | ${f.table.toUpperCase()} ${escape(f.tableName)} | ${f.indicators.join(', ')} | ${f.rows.toLocaleString('da-DK')} | ${f.first}–${f.last} |`,
    ),
    '',
    'Forespørgsler (nøglen sendes i `Authorization`-headeren og står ingen steder her):',
    '',
    ...note.files.map((f) => `- \`${f.file}\`: \`GET ${f.request}\``),
  ];
  const dropped = note.files.filter((f) => f.dropped.length > 0);
  if (dropped.length > 0) {
    lines.push('', 'Udeladte kolonner (ingen måling i kataloget):', '');
    for (const f of dropped) lines.push(`- \`${f.file}\`: ${f.dropped.map((d) => `"${d}"`).join(', ')}`);
  }
  if (note.missing.length > 0) {
    lines.push('', 'Ikke med i denne udgivelse, fordi kataloget endnu mangler oplysninger:', '');
    for (const line of note.missing) lines.push(`- ${line}`);
  }
  lines.push('', 'Forbehold: jobindsats retter tal bagudrettet uden at gemme tidligere udgaver – derfor gemmes hver udgivelse.', '');
  return lines.join('\n');
}
