import { describe, expect, test } from 'vitest';
import { BASE, normaliseBase, siteUrl, withBase } from '../../../src/lib/site/with-base.ts';

describe('withBase', () => {
  test('puts a site path under the base path, query and #anchor kept', () => {
    expect(withBase('/kommune/aarhus/', '/jobcentertjek/')).toBe('/jobcentertjek/kommune/aarhus/');
    expect(withBase('/', '/jobcentertjek/')).toBe('/jobcentertjek/');
    expect(withBase('/om-data/#hent', 'jobcentertjek')).toBe('/jobcentertjek/om-data/#hent');
    expect(withBase('/kort/ledige-pct/?periode=2026M06', '/a/b/')).toBe('/a/b/kort/ledige-pct/?periode=2026M06');
  });

  test('at the root (the default outside a build) a path stays as it is', () => {
    expect(BASE).toBe('/');
    expect(withBase('/data/kort/ledige-pct.json')).toBe('/data/kort/ledige-pct.json');
    expect(withBase('/tabel/', '/')).toBe('/tabel/');
  });

  test('leaves what is not a site path alone: absolute URLs, protocol-relative, #anchors, mailto', () => {
    for (const ref of ['https://www.retsinformation.dk/eli/lta/2024/1', '//cdn.example/x.js', '#indhold', '?q=koege', 'mailto:a@b.dk']) {
      expect(withBase(ref, '/jobcentertjek/')).toBe(ref);
    }
  });

  test('normalises a base to one slash at each end', () => {
    expect(['', '/', '//'].map(normaliseBase)).toEqual(['/', '/', '/']);
    expect(['jobcentertjek', '/jobcentertjek', 'jobcentertjek/', '/jobcentertjek/'].map(normaliseBase)).toEqual(Array(4).fill('/jobcentertjek/'));
  });
});

describe('siteUrl', () => {
  test('the absolute address of a site path, at any address', () => {
    expect(siteUrl('/kommune/aarhus/', 'https://eksempel.github.io/jobcentertjek/')).toBe('https://eksempel.github.io/jobcentertjek/kommune/aarhus/');
    expect(siteUrl('/nyt.atom', 'https://eksempel.github.io/jobcentertjek')).toBe('https://eksempel.github.io/jobcentertjek/nyt.atom');
    expect(siteUrl('/', 'https://jobcentertjek.dk')).toBe('https://jobcentertjek.dk/');
    expect(siteUrl('/sitemap.xml')).toBe('https://jobcentertjek.dk/sitemap.xml');
  });
});
