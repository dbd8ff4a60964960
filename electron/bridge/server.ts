import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { resolveBundleFile } from '../security/bundle-path';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

export interface BridgeOptions {
  handlers: Handlers;
  /** The built renderer (dist-renderer). */
  staticDir: string;
  token?: string;
  /** Largest request body accepted, in bytes (imports carry files as base64). */
  maxBodyBytes?: number;
}

export interface Bridge {
  server: http.Server;
  token: string;
  /** Resolves to the address to open, with the token: http://127.0.0.1:PORT/?token=TOKEN */
  listen(port: number): Promise<string>;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new RangeError('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const file = resolveBundleFile(staticDir, urlPath);
  if (!fs.existsSync(file)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa dựng giao diện: chạy "npm run build:renderer" trước.');
    return;
  }
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  fs.createReadStream(file).pipe(res);
}

/**
 * The loopback bridge: serves the renderer and the API contract over HTTP on
 * 127.0.0.1 only. Every /api/ request must carry the run's random token, checked
 * before any routing; a body that fails the operation's schema gets 400.
 */
export function createBridge(options: BridgeOptions): Bridge {
  const token = options.token ?? randomBytes(24).toString('hex');
  const maxBody = options.maxBodyBytes ?? 200 * 1024 * 1024;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(req.headers.authorization, token)) return sendJson(res, 401, { ok: false, error: 'Thiếu hoặc sai mã truy cập' });
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: 'Chỉ nhận POST' });
      let input: unknown;
      try {
        const body = await readBody(req, maxBody);
        input = body === '' ? {} : JSON.parse(body);
      } catch (error) {
        const tooLarge = error instanceof RangeError;
        return sendJson(res, tooLarge ? 413 : 400, { ok: false, error: tooLarge ? 'Dữ liệu gửi lên quá lớn' : 'Nội dung không phải JSON hợp lệ', invalidInput: true });
      }
      const result = await dispatch(options.handlers, url.pathname.slice('/api/'.length), input);
      return sendJson(res, !result.ok && result.invalidInput ? 400 : 200, result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: 'Chỉ nhận GET' });
    serveStatic(options.staticDir, url.pathname, res);
  });
  return {
    server,
    token,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          const address = server.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          resolve(`http://127.0.0.1:${actual}/?token=${token}`);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
