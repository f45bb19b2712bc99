/**
 * Printing .docx files as a secretary's LibreOffice would: soffice → PDF, then pdftoppm → PNG per
 * page to look at. Shared by the documents' round-trip tests and `npm run docs:print`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Whether `cmd arg` runs, i.e. the tool is installed. */
export function available(cmd: string, arg: string): boolean {
  return spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
}

/**
 * Prints every file to `<outDir>/<name>.pdf` in one soffice call. The call gets a LibreOffice
 * profile of its own (named by `label` and the process), so a LibreOffice already open on the
 * machine does not swallow it.
 */
export function printToPdf(
  files: readonly string[],
  outDir: string,
  label: string,
  timeoutMs = 180_000,
): void {
  const profile = path.join(tmpdir(), `ptdv-lo-${label}-${process.pid}`);
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: timeoutMs },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** One PNG per page of `<outDir>/<name>.pdf`, as `<outDir>/<name>-N.png`. */
export function pdfToPngs(outDir: string, name: string, dpi = 70): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    path.join(outDir, `${name}.pdf`),
    path.join(outDir, name),
  ]);
}
