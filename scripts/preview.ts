/**
 * The add-on's local preview (part of `npm start`): http://127.0.0.1:${PREVIEW_PORT:-PORT+1}/preview
 *
 *  - builds the add-on (scripts/build-addon.ts) and serves addon/dist/preview/: the real sidebar
 *    with a google.script.run shim, beside a table that plays the demo cell's spreadsheet; the
 *    add-on's server code runs in the page's Web Worker against the in-memory Apps Script fake;
 *  - forwards /v1/* to the local worker (PTDV_WORKER_URL), so that the add-on's UrlFetchApp calls
 *    are same-origin for the page;
 *  - mints, at start-up and then hourly, development ID tokens with the dev private key for the
 *    two demo accounts — the cell's secretary (dev-token.json) and the commune's ban tổ chức
 *    (dev-token-superior.json, for the page's "Tài khoản" switch) — written under
 *    addon/dist/preview/ (gitignored), which the worker script reads for
 *    ScriptApp.getIdentityToken(). There is no token-minting endpoint: the files only ever hold
 *    those two short-lived tokens, accepted only by a worker started with the dev key set, on
 *    127.0.0.1.
 * Listens on 127.0.0.1 only.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_SUPERIOR, DEMO_UNIT } from '../addon/preview/demo.ts';
import { buildAddon } from './build-addon.ts';
import { ROOT, signDevToken } from './dev-keys.ts';

const HOST = '127.0.0.1';
// Google's ID tokens live one hour and the worker refuses longer-lived ones (auth/verify.ts), so
// the preview's tokens do too, renewed well before they expire.
const TOKEN_TTL_SECONDS = 3600;
const TOKEN_REFRESH_MS = 40 * 60 * 1000;
const MAX_BODY = 16 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface PreviewOptions {
  port: number;
  workerOrigin: string;
  /** default addon/dist */
  outDir?: string;
  quiet?: boolean;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function proxy(req: IncomingMessage, res: ServerResponse, workerOrigin: string): Promise<void> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined || ['host', 'connection', 'content-length', 'origin', 'referer'].includes(k))
      continue;
    headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  try {
    const upstream = await fetch(`${workerOrigin}${req.url ?? '/'}`, {
      method,
      headers,
      body,
      redirect: 'manual',
    });
    const out: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (k !== 'content-encoding' && k !== 'content-length' && k !== 'transfer-encoding') out[k] = v;
    });
    res.writeHead(upstream.status, out);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  } catch {
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        error: { code: 'worker_unreachable', message: 'Máy chủ cục bộ chưa chạy (npm start).' },
      }),
    );
  }
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const outDir = options.outDir ?? path.join(ROOT, 'addon/dist');
  await buildAddon({ outDir, quiet: options.quiet ?? false });
  const dir = path.join(outDir, 'preview');
  const accounts = [
    { email: DEMO_UNIT.email, file: path.join(dir, 'dev-token.json') },
    { email: DEMO_SUPERIOR.email, file: path.join(dir, 'dev-token-superior.json') },
  ];
  const mint = async () => {
    for (const { email, file } of accounts) {
      const token = await signDevToken(email, TOKEN_TTL_SECONDS);
      await writeFile(file, `${JSON.stringify({ email, token })}\n`, { mode: 0o600 });
    }
  };
  await mint();
  const refresh = setInterval(() => void mint().catch(() => undefined), TOKEN_REFRESH_MS);
  refresh.unref();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname.startsWith('/v1/')) {
      void proxy(req, res, options.workerOrigin);
      return;
    }
    if (url.pathname === '/' || url.pathname === '/preview') {
      res.writeHead(302, { location: '/preview/' });
      res.end();
      return;
    }
    if (!url.pathname.startsWith('/preview/') || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Không có trang này. Xem thử tiện ích ở /preview/');
      return;
    }
    const name = url.pathname.slice('/preview/'.length) || 'index.html';
    if (!/^[\w.-]+$/.test(name)) {
      res.writeHead(404);
      res.end();
      return;
    }
    readFile(path.join(dir, name))
      .then((data) => {
        res.writeHead(200, {
          'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(data);
      })
      .catch(() => {
        res.writeHead(404);
        res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${HOST}:${port}/preview/`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(refresh);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workerPort = Number(process.env.PORT ?? '8787');
  const port = Number(process.env.PREVIEW_PORT ?? String(workerPort + 1));
  const workerOrigin = process.env.PTDV_WORKER_URL ?? `http://${HOST}:${workerPort}`;
  const outDir = process.env.PREVIEW_OUT_DIR;
  const start = (p: number) => startPreview({ port: p, workerOrigin, ...(outDir ? { outDir } : {}) });
  let preview: PreviewServer | undefined;
  try {
    preview = await start(port).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EADDRINUSE') throw e;
      console.warn(`[preview] port ${port} is taken; using a free one (set PREVIEW_PORT to choose).`);
      return start(0);
    });
    console.log(`[preview] the add-on with demo data: ${preview.url} (worker: ${workerOrigin})`);
  } catch (e) {
    // A broken preview must not take the worker down with it (npm start stops everything when a
    // service exits): say why and stay idle until stopped.
    console.error(
      `[preview] not started: ${e instanceof Error ? e.message : String(e)} — the worker keeps running.`,
    );
    setInterval(() => undefined, 1 << 30);
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      void (preview ? preview.close() : Promise.resolve()).then(() => process.exit(0));
    });
  }
}
