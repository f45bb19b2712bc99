/**
 * `npm run build`: bundles the Sheets add-on into addon/dist/, ready for `clasp push`:
 *   Code.js          the server code (esbuild IIFE `var Addon = …`) followed by one real top-level
 *                    `function name(){return Addon.name(...arguments)}` per entry point
 *   Sidebar.html     the sidebar: one self-contained file, CSS and JS inline, nothing remote
 *   appsscript.json  the manifest; urlFetchWhitelist from PTDV_BACKEND_URL when set
 *   .claspignore     pushes only the three files above
 *   preview/         the local preview (npm start → /preview), never pushed
 * Prints the sizes (the sidebar loads on slow school connections).
 */
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { ENTRY_POINTS } from '../addon/src/server/entrypoints.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADDON = path.join(ROOT, 'addon');

export interface BuildOptions {
  outDir?: string;
  /** https URL prefix of the backend for urlFetchWhitelist (default: PTDV_BACKEND_URL, else the manifest's) */
  backendUrl?: string;
  /** also build the local preview (default true) */
  preview?: boolean;
  quiet?: boolean;
}

export interface BuildResult {
  outDir: string;
  /** Code.js: its size, and each bundled input (repository path) with the bytes it left in Code.js */
  code: { bytes: number; inputs: Record<string, number> };
  sidebar: { bytes: number; gzipBytes: number };
  files: string[];
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * zod's 40-odd message locales (the request's messages are Vietnamese and set by the schemas;
 * English stays as zod's default): left out of the bundles, which halves the server code Apps
 * Script parses on every call.
 */
const withoutZodLocales: Plugin = {
  name: 'without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: 'zod-locales', namespace: 'ptdv-stub' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'ptdv-stub' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * The project's own modules (shared/, addon/src/) run nothing at import time but define things, so
 * a module none of whose exports the add-on uses is left out whole — e.g. engine/parse.ts, which
 * engine/evaluate.ts imports for the worker's `evaluate()`, and with it zod's schemas. (esbuild
 * otherwise keeps every imported module whose top level it cannot prove pure.)
 */
const ownModulesArePure: Plugin = {
  name: 'own-modules-are-pure',
  setup(b) {
    const own = [path.join(ROOT, 'shared') + path.sep, path.join(ADDON, 'src') + path.sep];
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'resolving' || !own.some((dir) => args.importer.startsWith(dir)))
        return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0 || !own.some((dir) => resolved.path.startsWith(dir))) return undefined;
      return { path: resolved.path, sideEffects: false };
    });
  },
};

/**
 * A package whose module runs work at load time that only one action needs is loaded on first use
 * instead: fflate builds its Huffman tables (a 32,768-entry loop) and probes TextDecoder, which
 * Apps Script lacks — the probe throws, and V8 re-parses the whole bundle to word that error —
 * on every call of every entry point, for the meeting papers alone. Each name the add-on imports
 * becomes a function that loads the package (esbuild's lazy `require` of an ES module) and calls it.
 */
const LOADED_ON_FIRST_USE: Record<string, readonly string[]> = {
  fflate: ['inflateSync', 'strFromU8', 'strToU8'],
};

const loadedOnFirstUse: Plugin = {
  name: 'loaded-on-first-use',
  setup(b) {
    const names = Object.keys(LOADED_ON_FIRST_USE).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'real',
      });
      if (real.errors.length > 0) return undefined;
      return { path: args.path, namespace: 'ptdv-lazy', pluginData: real.path };
    });
    // The wrapper calls through `load()`; `require` of the inner module (only the names used, so
    // the rest of the package is still tree-shaken) makes esbuild run it on first call.
    b.onLoad({ filter: /^inner:/, namespace: 'ptdv-lazy' }, (args) => ({
      contents: `export { ${LOADED_ON_FIRST_USE[args.path.slice(6)]!.join(', ')} } from ${JSON.stringify(args.pluginData)};`,
      loader: 'js',
      resolveDir: ROOT,
    }));
    b.onResolve({ filter: /^inner:/, namespace: 'ptdv-lazy' }, (args) => ({
      path: args.path,
      namespace: 'ptdv-lazy',
      pluginData: args.pluginData,
    }));
    b.onLoad({ filter: /.*/, namespace: 'ptdv-lazy' }, (args) => {
      const exports = LOADED_ON_FIRST_USE[args.path]!;
      const lines = exports.map(
        (name) => `export function ${name}() { return load().${name}.apply(undefined, arguments); }`,
      );
      return {
        contents: `let m;\nfunction load() { return m || (m = require(${JSON.stringify(`inner:${args.path}`)})); }\n${lines.join('\n')}\n`,
        loader: 'js',
        resolveDir: ROOT,
        pluginData: args.pluginData,
      };
    });
  },
};

export interface ServerCode {
  code: string;
  /** esbuild's account of what went in and how many bytes each input left in the output */
  metafile: Metafile;
}

/** The server bundle: everything under one global, then the top-level stubs Apps Script can see. */
export async function buildServerCode(v: string): Promise<ServerCode> {
  const result = await build({
    entryPoints: [path.join(ADDON, 'src/server/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Addon',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // ES2020 keeps `?.` and `??` as written (lowered, they were ~6 KB of temporaries and `void 0`).
    // Apps Script's V8 runtime parses them: Google's own samples for it use both — the Admin SDK
    // quickstart shown in its docs (`user.name?.fullName`, adminSDK/directory/quickstart.gs) and a
    // Sheets add-on with runtimeVersion V8 (`errors?.length`, solutions/add-on/share-macro/UI.js), in
    // github.com/googleworkspace/apps-script-samples at 8a31678 (Dec 2025). The same repository's
    // notes say class fields (`#x`, `static x = 0`, ES2022) do NOT parse there: a target of 2020
    // still lowers them, and tests/addon/bundle.test.ts checks the bundle holds none.
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    // Minified: Apps Script parses the whole project on every call. Names are not kept: keepNames
    // added 13 KB and ~1,500 Object.defineProperty calls to every load, and nothing reads a
    // function's name (an execution log still points at Code.js line and column).
    minify: true,
    keepNames: false,
    treeShaking: true,
    plugins: [withoutZodLocales, ownModulesArePure, loadedOnFirstUse],
    define: { __PTDV_VERSION__: JSON.stringify(v) },
    logLevel: 'silent',
    metafile: true,
    outfile: 'Code.js',
  });
  // The entry's one export is the add-on object (src/server/index.ts): `Addon` is that object, not
  // a module namespace holding it, so each entry point's name is written in its object and its stub.
  const iife = result.outputFiles[0]!.text.trimEnd();
  if (!iife.startsWith('"use strict";var Addon=(()=>{') || !iife.endsWith('})();')) {
    throw new Error('build-addon: esbuild no longer writes the IIFE as `var Addon=(()=>{…})();`');
  }
  const bundle = `${iife.slice(0, -1)}.default;`;
  // One line each: Apps Script sees the declaration; the minified body is all it needs.
  const stubs = ENTRY_POINTS.map((name) => `function ${name}(){return Addon.${name}(...arguments)}`).join(
    '\n',
  );
  const code = `// PTĐV ${v} — generated by scripts/build-addon.ts; edit addon/src instead.\n${bundle}\n// Entry points: Apps Script calls only top-level function declarations.\n${stubs}\n`;
  return { code, metafile: result.metafile };
}

/** The sidebar as one HTML file with its CSS and JS inline. */
export async function buildSidebarHtml(): Promise<string> {
  const js = await build({
    entryPoints: [path.join(ADDON, 'src/client/sidebar.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // Sheets itself runs only in current browsers (Google Workspace supports the latest releases
    // of Chrome, Firefox, Edge and Safari), all of which have ES2020: `?.` and `??` stay as they
    // are instead of being lowered (-0.6 KB of the sidebar).
    target: 'es2020',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const css = await build({
    entryPoints: [path.join(ADDON, 'src/client/sidebar.css')],
    bundle: true,
    write: false,
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  const template = await readFile(path.join(ADDON, 'src/client/sidebar.html'), 'utf8');
  const script = js.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script').trim();
  const style = css.outputFiles[0]!.text.replace(/<\/style/gi, '<\\/style').trim();
  return template.replace('/*STYLE*/', () => style).replace('/*SCRIPT*/', () => script);
}

/** The Drive v3 upload of the documents (addon/src/server/documents/drive.ts): always allowlisted. */
export const DRIVE_UPLOAD_PREFIX = 'https://www.googleapis.com/upload/drive/';

export async function buildManifest(backendUrl: string | undefined): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(ADDON, 'appsscript.json'), 'utf8')) as {
    urlFetchWhitelist?: string[];
  };
  if (backendUrl) {
    if (!/^https:\/\/[^/\s]+\/\S*$/.test(backendUrl)) {
      throw new Error(
        `PTDV_BACKEND_URL must be an https URL prefix ending in "/", e.g. https://ptdv.example.workers.dev/ (got ${backendUrl})`,
      );
    }
    manifest.urlFetchWhitelist = [backendUrl];
  }
  const list = manifest.urlFetchWhitelist ?? [];
  if (!list.includes(DRIVE_UPLOAD_PREFIX)) list.push(DRIVE_UPLOAD_PREFIX);
  manifest.urlFetchWhitelist = list;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The preview page: its script, the server code with the fakes in a worker, the sidebar with the shim. */
async function buildPreview(outDir: string, sidebarHtml: string, v: string): Promise<string[]> {
  const dir = path.join(outDir, 'preview');
  await mkdir(dir, { recursive: true });
  const common = {
    bundle: true,
    format: 'iife' as const,
    platform: 'browser' as const,
    target: 'es2020',
    charset: 'utf8' as const,
    minify: true,
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
    define: { __PTDV_VERSION__: JSON.stringify(v) },
    plugins: [withoutZodLocales],
  };
  await build({
    ...common,
    entryPoints: [path.join(ADDON, 'preview/page.ts')],
    outfile: path.join(dir, 'page.js'),
  });
  await build({
    ...common,
    entryPoints: [path.join(ADDON, 'preview/worker.ts')],
    outfile: path.join(dir, 'worker.js'),
  });
  const shim = await build({ ...common, entryPoints: [path.join(ADDON, 'preview/shim.ts')], write: false });
  const shimTag = `<script>${shim.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script').trim()}</script>`;
  // The real sidebar, unchanged, with the google.script.run shim before its own script.
  const withShim = sidebarHtml.replace('<script>', () => `${shimTag}\n<script>`);
  await writeFile(path.join(dir, 'sidebar.html'), withShim);
  await copyFile(path.join(ADDON, 'preview/index.html'), path.join(dir, 'index.html'));
  const css = await build({
    entryPoints: [path.join(ADDON, 'preview/preview.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  await writeFile(path.join(dir, 'preview.css'), css.outputFiles[0]!.text);
  return [
    'preview/index.html',
    'preview/page.js',
    'preview/worker.js',
    'preview/sidebar.html',
    'preview/preview.css',
  ];
}

/** Each input of the one output with the bytes it left there. */
function bundledInputs(metafile: Metafile): Record<string, number> {
  const output = Object.values(metafile.outputs)[0]!;
  return Object.fromEntries(Object.entries(output.inputs).map(([file, v]) => [file, v.bytesInOutput]));
}

export async function buildAddon(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? path.join(ADDON, 'dist');
  const v = await version();
  await mkdir(outDir, { recursive: true });
  await rm(path.join(outDir, 'preview'), { recursive: true, force: true });

  const server = await buildServerCode(v);
  const code = server.code;
  const sidebar = await buildSidebarHtml();
  const manifest = await buildManifest(options.backendUrl ?? process.env.PTDV_BACKEND_URL);
  await writeFile(path.join(outDir, 'Code.js'), code);
  await writeFile(path.join(outDir, 'Sidebar.html'), sidebar);
  await writeFile(path.join(outDir, 'appsscript.json'), manifest);
  await writeFile(path.join(outDir, '.claspignore'), '**/**\n!Code.js\n!Sidebar.html\n!appsscript.json\n');
  const files = ['Code.js', 'Sidebar.html', 'appsscript.json', '.claspignore'];
  // A local .clasp.json (gitignored, from addon/clasp.json.example) goes with the build.
  const clasp = path.join(ADDON, '.clasp.json');
  if (
    await stat(clasp).then(
      () => true,
      () => false,
    )
  ) {
    await copyFile(clasp, path.join(outDir, '.clasp.json'));
    files.push('.clasp.json');
  }
  if (options.preview ?? true) files.push(...(await buildPreview(outDir, sidebar, v)));

  const result: BuildResult = {
    outDir,
    code: { bytes: Buffer.byteLength(code), inputs: bundledInputs(server.metafile) },
    sidebar: { bytes: Buffer.byteLength(sidebar), gzipBytes: gzipSync(sidebar).length },
    files,
  };
  if (!options.quiet) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`[build] ${path.relative(ROOT, outDir)}/: ${files.join(', ')}`);
    console.log(
      `[build] Code.js ${kb(result.code.bytes)}; Sidebar.html ${kb(result.sidebar.bytes)} (${kb(result.sidebar.gzipBytes)} gzip)`,
    );
    const largest = Object.entries(result.code.inputs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([file, n]) => `${file} ${kb(n)}`);
    console.log(`[build] Code.js's largest inputs: ${largest.join(', ')}`);
    if (!process.env.PTDV_BACKEND_URL && !options.backendUrl) {
      console.log(
        '[build] urlFetchWhitelist: the placeholder of addon/appsscript.json (set PTDV_BACKEND_URL=https://…/ for a real deployment)',
      );
    }
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAddon();
}
