/**
 * The Apps Script bundle's entry (esbuild → `var Addon = …` in addon/dist/Code.js, followed by one
 * top-level stub per entry point). Services are the real globals, looked up on each call.
 *
 * The add-on object is the one export: `Addon` is that object itself (scripts/build-addon.ts), its
 * keys the entry points (createAddon's type holds them to entrypoints.ts). Naming each entry point
 * as an export of its own wrote every name twice more into Code.js for nothing.
 */

import { appsScriptServices } from './adapters/gas.ts';
import { createAddon } from './app.ts';

export default createAddon(appsScriptServices);
