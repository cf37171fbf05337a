/**
 * A measure's periods file (/data/kort/<id>.json), as the map, the change map and the compare page fetch it: once per
 * address, and a failed fetch is forgotten, so the reader's next try fetches again.
 */
import type { MapPeriodsFile } from '../lib/map/map-state.ts';

const files = new Map<string, Promise<MapPeriodsFile>>();

export function fetchPeriodsFile(url: string): Promise<MapPeriodsFile> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<MapPeriodsFile>;
    });
    files.set(url, file);
    file.catch(() => files.delete(url));
  }
  return file;
}
