/** Similar kommuner for each kommune, from the context figures the catalogue declares (catalogue.peers). */
import { MAX_PEER_DISTANCE, peerGroups, peerMedian, type Peer } from '../lib/peers/peer-groups.ts';
import type { Kommune } from '../lib/reference/registry.ts';
import { catalogue, indicatorById, registry, type IndicatorData } from './dataset.ts';

const settings = catalogue.peers;
const codes = registry.kommuner.map((k) => k.code);

/** A figure averaged over its newest `months` periods per kommune; null where none of them is published. */
function recentAverage(d: IndicatorData, code: string, months: number): number | null {
  const values = d.periods
    .slice(-months)
    .map((p) => d.value(code, p))
    .filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The figures used, as they are published in this edition (a declared figure without data is left out). */
export const peerFeatures = (settings?.features ?? []).flatMap((feature) => {
  const d = indicatorById.get(feature.measure);
  return d && d.periods.length > 0 ? [{ ...feature, data: d }] : [];
});

const features = settings ? peerFeatures.map((f) => ({ values: codes.map((code) => recentAverage(f.data, code, settings.months)), log: f.log })) : [];
const groups = settings && peerFeatures.length > 0 ? peerGroups(codes, features, settings.size) : new Map<string, Peer[]>();
/** Every kommune's nearest other kommune at any distance: named where none is near enough. */
const nearest = settings && peerFeatures.length > 0 ? peerGroups(codes, features, 1, Infinity) : new Map<string, Peer[]>();

export { MAX_PEER_DISTANCE };

/** Where no kommune is near enough to call similar: the nearest one and its distance (standard deviations). */
export function noPeerNear(kommune: Kommune): { kommune: Kommune; distance: number } | undefined {
  if ((groups.get(kommune.code) ?? []).length > 0) return undefined;
  const found = nearest.get(kommune.code)?.[0];
  return found ? { kommune: registry.byCode.get(found.code)!, distance: found.distance } : undefined;
}

/** The kommune's similar kommuner, nearest first; empty when the context figures are not published. */
export function peersOf(kommune: Kommune): Kommune[] {
  return (groups.get(kommune.code) ?? []).map((p) => registry.byCode.get(p.code)!);
}

/** The middle value of the similar kommuner in a period: what the kommune is compared with beside the nation. */
export function peerValue(d: IndicatorData, kommune: Kommune, period: string): number | null {
  return peerMedian(peersOf(kommune).map((k) => d.value(k.code, period)));
}

export const peerDescription = settings?.description ?? '';
