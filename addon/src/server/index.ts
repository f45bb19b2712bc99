/**
 * The Apps Script bundle's entry (esbuild → `var Addon = …` in addon/dist/Code.js, followed by one
 * top-level stub per entry point). Services are the real globals, looked up on each call.
 */
import { createAddon } from './app.ts';
import { appsScriptServices } from './gas.ts';

const addon = createAddon(appsScriptServices);

export const onOpen = addon.onOpen;
export const onInstall = addon.onInstall;
export const showSidebar = addon.showSidebar;
export const menuCheck = addon.menuCheck;
export const menuTemplate = addon.menuTemplate;
export const sidebarState = addon.sidebarState;
export const sidebarCheck = addon.sidebarCheck;
export const sidebarProgress = addon.sidebarProgress;
export const sidebarTemplate = addon.sidebarTemplate;
export const sidebarSelect = addon.sidebarSelect;
