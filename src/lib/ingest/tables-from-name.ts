const TABLE_ID = /^[a-z]\d{2}[a-z]\d{2}$/;

/**
 * The jobindsats tables a file says it holds by its name: "y60a02_kontanthjaelp.csv" → ["y60a02"],
 * "Y60A02-y60c02_visitation.csv" → ["y60a02", "y60c02"]. Nothing when the name does not start with table ids.
 */
export function tablesFromName(path: string): string[] {
  const name = path.split(/[\\/]/).pop() ?? '';
  const head = /^([a-z0-9-]+?)(?=[_.\s]|$)/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const ids = head.split('-');
  return ids.every((id) => TABLE_ID.test(id)) ? ids : [];
}

export function isTableId(text: string): boolean {
  return TABLE_ID.test(text);
}
