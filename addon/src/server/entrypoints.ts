/**
 * Every function Apps Script may call by name: triggers, menu items, `google.script.run` targets.
 * The build emits each one as a real top-level `function name(...) { return Addon.name(...) }`
 * (Apps Script only sees top-level function declarations), and tests check the list against the
 * bundle's exports and the menu.
 */
export const ENTRY_POINTS = [
  // triggers
  'onOpen',
  'onInstall',
  // menu items
  'showSidebar',
  'menuCheck',
  'menuTemplate',
  'menuPlan',
  'menuReport',
  'menuPapers',
  'menuAggregate',
  'menuTargets',
  'menuSuperiorReport',
  // google.script.run from the sidebar
  'sidebarState',
  'sidebarCheck',
  'sidebarProgress',
  'sidebarTemplate',
  'sidebarSelect',
  'sidebarPlanForm',
  'sidebarPlan',
  'sidebarReportForm',
  'sidebarReport',
  'sidebarPapersForm',
  'sidebarPapers',
  'sidebarSuperior',
  'sidebarAggregate',
  'sidebarTargets',
  'sidebarSuperiorReport',
  'sidebarShowDocument',
] as const;

export type EntryPoint = (typeof ENTRY_POINTS)[number];
