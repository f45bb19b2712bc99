/**
 * The Apps Script bundle's entry (esbuild → `var Addon = …` in addon/dist/Code.js, followed by one
 * top-level stub per entry point). Services are the real globals, looked up on each call.
 */

import { appsScriptServices } from './adapters/gas.ts';
import { createAddon } from './app.ts';

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
export const menuPlan = addon.menuPlan;
export const menuReport = addon.menuReport;
export const menuPapers = addon.menuPapers;
export const menuAggregate = addon.menuAggregate;
export const menuTargets = addon.menuTargets;
export const menuSuperiorReport = addon.menuSuperiorReport;
export const sidebarPlanForm = addon.sidebarPlanForm;
export const sidebarPlan = addon.sidebarPlan;
export const sidebarReportForm = addon.sidebarReportForm;
export const sidebarReport = addon.sidebarReport;
export const sidebarPapersForm = addon.sidebarPapersForm;
export const sidebarPapers = addon.sidebarPapers;
export const sidebarSuperior = addon.sidebarSuperior;
export const sidebarAggregate = addon.sidebarAggregate;
export const sidebarTargets = addon.sidebarTargets;
export const sidebarSuperiorReport = addon.sidebarSuperiorReport;
export const sidebarShowDocument = addon.sidebarShowDocument;
