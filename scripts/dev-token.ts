/**
 * Prints a development ID token for an email: `npm run -s dev:token -- bithu@example.org [--ttl=3600]`.
 * Only a worker started by `npm start` (which trusts the dev key, on 127.0.0.1) accepts it.
 */
import { signDevToken } from './dev-keys.ts';

const args = process.argv.slice(2);
const email = args.find((a) => !a.startsWith('--'));
const ttlArg = args.find((a) => a.startsWith('--ttl='));
const ttl = ttlArg ? Number(ttlArg.slice('--ttl='.length)) : 3600;

if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !Number.isInteger(ttl) || ttl <= 0) {
  console.error('Usage: npm run -s dev:token -- EMAIL [--ttl=SECONDS]');
  process.exit(2);
}
process.stdout.write(`${await signDevToken(email, ttl)}\n`);
