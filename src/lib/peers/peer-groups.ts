/**
 * Similar kommuner from published context figures: each figure is standardised over all kommuner (mean 0, spread 1,
 * on a log scale for sizes), and a kommune's peers are the ones nearest to it over the figures both have.
 */
export interface PeerFeature {
  /** One value per kommune, aligned with the codes; null where not published. */
  values: readonly (number | null)[];
  log?: boolean | undefined;
}

export interface Peer {
  code: string;
  /** Distance in standard deviations (root mean square over the shared figures): 0 is identical. */
  distance: number;
}

function standardise(feature: PeerFeature): (number | null)[] {
  const raw = feature.values.map((v) => (v === null || !Number.isFinite(v) ? null : feature.log ? Math.log(Math.max(v, 1)) : v));
  const known = raw.filter((v): v is number => v !== null);
  if (known.length < 2) return raw.map(() => null);
  const mean = known.reduce((a, b) => a + b, 0) / known.length;
  const spread = Math.sqrt(known.reduce((a, b) => a + (b - mean) ** 2, 0) / known.length);
  return raw.map((v) => (v === null || spread === 0 ? null : (v - mean) / spread));
}

/**
 * How far (in standard deviations, root mean square over the figures) a kommune may lie and still be called similar:
 * Læsø's nearest lie 3,9 away, and "omtrent lige mange" would not be true of them.
 */
export const MAX_PEER_DISTANCE = 1.5;

/**
 * For each kommune, the `size` nearest kommuner within `maxDistance` (ties broken by code, so the groups are stable).
 * A pair is compared only when they share at least half the figures; a kommune with no figures gets no peers, and one
 * with none near enough gets none either.
 */
export function peerGroups(codes: readonly string[], features: readonly PeerFeature[], size: number, maxDistance = MAX_PEER_DISTANCE): Map<string, Peer[]> {
  const scores = features.map(standardise);
  const needed = Math.max(1, Math.ceil(features.length / 2));
  const groups = new Map<string, Peer[]>();
  codes.forEach((code, i) => {
    const candidates: Peer[] = [];
    codes.forEach((other, j) => {
      if (i === j) return;
      let sum = 0;
      let shared = 0;
      for (const score of scores) {
        const a = score[i];
        const b = score[j];
        if (a == null || b == null) continue;
        sum += (a - b) ** 2;
        shared++;
      }
      if (shared >= needed) candidates.push({ code: other, distance: Math.sqrt(sum / shared) });
    });
    candidates.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
    groups.set(code, candidates.filter((c) => c.distance <= maxDistance).slice(0, size));
  });
  return groups;
}

/** The middle value of the peers' published values (the median, robust to one odd kommune); null with none. */
export function peerMedian(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 === 1 ? known[mid]! : Math.round(((known[mid - 1]! + known[mid]!) / 2) * 10) / 10;
}
