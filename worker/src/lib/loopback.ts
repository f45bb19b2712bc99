const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a request was made to a loopback address, i.e. to `npm start`, never to a deployment. */
export function isLoopback(url: string): boolean {
  return LOOPBACK.has(new URL(url).hostname);
}
