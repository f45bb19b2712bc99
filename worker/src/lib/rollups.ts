import type { Totals } from '../../../shared/contract/aggregate.ts';
import { FIGURE_COLUMNS, type FigureRow, rowToFigures } from './figures.ts';

/** The target columns of `targets`, in a fixed order (and their names in the API). */
export const TARGET_COLUMNS = ['admitted', 'students', 'women', 'awareness_class'] as const;
export const TARGET_KEYS = ['admitted', 'students', 'women', 'awarenessClass'] as const;

/**
 * Every additive column of `unit_rollups` (migration 0003): reported units (and reported leaves),
 * target sums and how many units set each target, and the figure columns of `report_revisions`.
 */
export const ROLLUP_COLUMNS = [
  'reported',
  'reported_leaves',
  ...TARGET_COLUMNS.map((c) => `target_${c}` as const),
  ...TARGET_COLUMNS.map((c) => `targeted_${c}` as const),
  ...FIGURE_COLUMNS,
] as const;
export type RollupColumn = (typeof ROLLUP_COLUMNS)[number];
export type RollupRow = Record<RollupColumn, number>;

/** A unit's subtree shape (`unit_subtrees`): units in it (itself included), leaves, children. */
export interface ShapeRow {
  units: number;
  leaves: number;
  children: number;
}

/** `unit_rollups` row + shape → the API's subtree totals. */
export function toTotals(shape: ShapeRow, r: RollupRow): Totals {
  const sums = (prefix: 'target_' | 'targeted_') =>
    Object.fromEntries(
      TARGET_KEYS.map((k, i) => [k, r[`${prefix}${TARGET_COLUMNS[i]}` as RollupColumn]]),
    ) as {
      [K in (typeof TARGET_KEYS)[number]]: number;
    };
  return {
    units: shape.units,
    reported: r.reported,
    // every leaf, and every other unit that reported figures of its own
    expected: shape.leaves + r.reported - r.reported_leaves,
    targets: sums('target_'),
    targeted: sums('targeted_'),
    ...rowToFigures(r as FigureRow),
  };
}
