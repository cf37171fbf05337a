/** Similar kommuner for each kommune, from the context figures the catalogue declares (catalogue.peers). */
import { MAX_PEER_DISTANCE, peerGroups, peerMedian, type Peer } from '../lib/peers/peer-groups.ts';
import type { Kommune } from '../lib/reference/registry.ts';
import { once } from './once.ts';
import { siteData, type IndicatorData } from './site-data.ts';

/** A figure averaged over its newest `months` periods per kommune; null where none of them is published. */
function recentAverage(d: IndicatorData, code: string, months: number): number | null {
  const values = d.periods
    .slice(-months)
    .map((p) => d.value(code, p))
    .filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The catalogue's peer settings, the figures used and every kommune's peers, worked out once. */
const peerModel = once(() => {
  const { catalogue, indicatorById, registry } = siteData();
  const settings = catalogue.peers;
  const codes = registry.kommuner.map((k) => k.code);
  /** The figures used, as they are published in this edition (a declared figure without data is left out). */
  const features = (settings?.features ?? []).flatMap((feature) => {
    const d = indicatorById.get(feature.measure);
    return d && d.periods.length > 0 ? [{ ...feature, data: d }] : [];
  });
  const columns = settings ? features.map((f) => ({ values: codes.map((code) => recentAverage(f.data, code, settings.months)), log: f.log })) : [];
  const some = settings && features.length > 0;
  return {
    features,
    description: settings?.description ?? '',
    groups: some ? peerGroups(codes, columns, settings.size) : new Map<string, Peer[]>(),
    /** Every kommune's nearest other kommune at any distance: named where none is near enough. */
    nearest: some ? peerGroups(codes, columns, 1, Infinity) : new Map<string, Peer[]>(),
  };
});

export { MAX_PEER_DISTANCE };

/** The context figures the peers are found by, as published in this edition. */
export const peerFeatures = () => peerModel().features;
/** The catalogue's words for how peers are found. */
export const peerDescription = () => peerModel().description;

/** Where no kommune is near enough to call similar: the nearest one and its distance (standard deviations). */
export function noPeerNear(kommune: Kommune): { kommune: Kommune; distance: number } | undefined {
  const { groups, nearest } = peerModel();
  if ((groups.get(kommune.code) ?? []).length > 0) return undefined;
  const found = nearest.get(kommune.code)?.[0];
  return found ? { kommune: siteData().registry.byCode.get(found.code)!, distance: found.distance } : undefined;
}

/** The kommune's similar kommuner, nearest first; empty when the context figures are not published. */
export function peersOf(kommune: Kommune): Kommune[] {
  const { registry } = siteData();
  return (peerModel().groups.get(kommune.code) ?? []).map((p) => registry.byCode.get(p.code)!);
}

/** The middle value of the similar kommuner in a period: what the kommune is compared with beside the nation. */
export function peerValue(d: IndicatorData, kommune: Kommune, period: string): number | null {
  return peerMedian(peersOf(kommune).map((k) => d.value(k.code, period)));
}
