/**
 * A tiny static file server for the built site (dist/), on a free loopback port, for browser tests, screenshots and
 * Lighthouse. Text is sent gzipped when the browser asks for it, as any real host does.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * A slow connection, made repeatable: every HTML page is sent in pieces, cut just after each of these strings, with a
   * pause between pieces. The browser paints what it has parsed so far, as it does when a page arrives slowly.
   */
  pauseHtmlAfter?: readonly string[];
  pauseMs?: number;
  /**
   * The base path the site is served under ("/jobcentertjek/"), as a project's GitHub Pages site is: only addresses
   * below it exist, and a missing one gets the site's 404 page, as there.
   */
  base?: string;
}

export function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const base = options.base ?? '/';
    const inside = path.startsWith(base) || `${path}/` === base;
    let file = normalize(join(root, inside ? path.slice(base.length - 1) : '/.outside-the-base'));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('Not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.pauseHtmlAfter && extname(file) === '.html') {
      res.writeHead(200, { 'content-type': type });
      return void sendInPieces(readFileSync(file, 'utf8'), options.pauseHtmlAfter, options.pauseMs ?? 300, res);
    }
    const compress = /^(text\/|application\/(json|javascript)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}

async function sendInPieces(html: string, after: readonly string[], pauseMs: number, res: NodeJS.WritableStream): Promise<void> {
  let start = 0;
  for (const marker of after) {
    const at = html.indexOf(marker, start);
    if (at < 0) continue;
    res.write(html.slice(start, at + marker.length));
    start = at + marker.length;
    await new Promise((resume) => setTimeout(resume, pauseMs));
  }
  res.end(html.slice(start));
}
