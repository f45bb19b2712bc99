/**
 * The first step of `npm test`: the system packages some tests need — Debian's Chromium (the
 * browser tests), LibreOffice Writer and poppler (the documents printed to PDF and PNG), and
 * Liberation fonts v2 (Liberation Serif 1 lacks Vietnamese glyphs: LibreOffice would print
 * "dự b ị" in a fallback font). As root with apt-get they are installed; otherwise one line says
 * exactly what to install, before anything runs, and the tests go on (those needing a missing
 * package say so themselves).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Need {
  /** the Debian package */
  pkg: string;
  /** whether it is already there */
  present: () => boolean;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const NEEDS: Need[] = [
  { pkg: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'libreoffice-writer', present: () => onPath('soffice') },
  { pkg: 'poppler-utils', present: () => onPath('pdftoppm') && onPath('pdftotext') },
  {
    pkg: 'fonts-liberation2',
    present: () => existsSync('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'),
  },
];

const missing = NEEDS.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = onPath('apt-get');
  if (isRoot && hasApt) {
    console.log(`[system] installing ${missing.join(' ')} (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } else {
    const how = hasApt ? `sudo apt-get install -y ${missing.join(' ')}` : `install ${missing.join(', ')}`;
    console.log(`[system] missing ${missing.join(', ')}: the browser and document tests need them — ${how}`);
  }
}
