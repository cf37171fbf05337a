/** What can be embedded: the map of every measure, and each kommune's trend for the law's headline measures. */
import { withBase } from '../lib/site/with-base.ts';
import { once } from './once.ts';
import { siteData } from './site-data.ts';

export const embeddable = once(() => siteData().mappable.filter((d) => d.indicator.role === 'headline'));
export const mapEmbedUrl = (id: string) => withBase(`/indlejr/kort/${id}/`);
/** A kommune's embed page holds every headline measure; the #fragment picks the one shown. */
export const kommuneEmbedUrl = (slug: string, id: string) => withBase(`/indlejr/kommune/${slug}/#${id}`);
/** Heights that fit the embed at its widest (52rem): narrower columns leave a little room at the bottom. */
export const EMBED_HEIGHT = { map: 920, chart: 480 } as const;
