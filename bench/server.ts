/**
 * One small static HTTP server for the benchmark and Lighthouse: several folders mounted
 * under URL prefixes, on 127.0.0.1 and a free port (so it never collides with a dev server
 * or another engineer's run). Every response is `Cache-Control: no-store`, so repeated runs
 * all load everything afresh. Compression is off unless asked for: the benchmark serves
 * every page uncompressed alike (gzipping 18 MB per load would take CPU from the browser
 * being measured); Lighthouse asks for gzip, as `vite preview` and any real host do.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

export interface Mount {
  /** URL prefix, starting and ending with "/" ("/" for the root). */
  readonly prefix: string;
  readonly dir: string;
  /** Extra response headers for files of this mount (e.g. the app's Content-Security-Policy). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  /** Origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Longest prefix first, so "/peers/" wins over "/". */
function findMount(mounts: readonly Mount[], pathname: string): Mount | undefined {
  return [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((m) => pathname.startsWith(m.prefix));
}

/** What `vite preview` compresses (its @polka/compression defaults): text formats of 1 KiB or more. */
const COMPRESSIBLE = /text|javascript|\/json|xml/i;
const COMPRESS_THRESHOLD = 1024;

export function startStaticServer(
  mounts: readonly Mount[],
  options: { readonly gzip?: boolean } = {},
): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const mount = findMount(mounts, pathname);
      if (!mount || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(mount ? 405 : 404).end();
        return;
      }
      // normalize() resolves "..", and the check keeps every request inside the mount.
      let file = normalize(join(mount.dir, pathname.slice(mount.prefix.length)));
      if (file !== normalize(mount.dir) && !file.startsWith(normalize(mount.dir + sep))) {
        response.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const gzip =
        options.gzip === true &&
        COMPRESSIBLE.test(type) &&
        info.size >= COMPRESS_THRESHOLD &&
        /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        ...(gzip
          ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }
          : { 'Content-Length': info.size }),
        ...mount.headers,
      });
      if (request.method === 'HEAD') response.end();
      else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
      else createReadStream(file).pipe(response);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
