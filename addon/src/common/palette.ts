/**
 * Colours and short labels shared by the sheet and the sidebar: a stage has the same colour in
 * the "Giai đoạn" column and in the sidebar's pipeline (ux.md: sheet colours = sidebar colours).
 */
import { STAGES, type Stage } from '../../../shared/schemas/vocabulary.ts';

export interface StageStyle {
  /** short label for the sidebar pipeline */
  short: string;
  /** cell fill in the sheet, tile background in the sidebar */
  fill: string;
  /** text and accents on that fill */
  ink: string;
}

/** In pipeline order. */
export const STAGE_STYLES: Readonly<Record<Stage, StageStyle>> = {
  source: { short: 'Tạo nguồn', fill: '#eceff1', ink: '#455a64' },
  trained: { short: 'Đã học lớp', fill: '#e1f5fe', ink: '#01579b' },
  dossier: { short: 'Hoàn thiện hồ sơ', fill: '#e8eaf6', ink: '#303f9f' },
  ready: { short: 'Đủ điều kiện', fill: '#ceead6', ink: '#0d652d' },
  proposed: { short: 'Đã đề nghị', fill: '#d7f0ec', ink: '#00695c' },
  admitted: { short: 'Chờ lễ', fill: '#f3e5f5', ink: '#7b1fa2' },
  probationary: { short: 'Dự bị', fill: '#fce4ec', ink: '#ad1457' },
  official: { short: 'Chính thức', fill: '#efebe9', ink: '#4e342e' },
  removed: { short: 'Thôi theo dõi', fill: '#f5f5f5', ink: '#80868b' },
};

/** The pipeline the sidebar shows (removed rows are counted apart). */
export const PIPELINE: readonly Stage[] = STAGES.filter((stage) => stage !== 'removed');

export const SEVERITY_FILL = {
  /** blocks admission */
  error: '#f4c7c3',
  /** needs attention */
  warning: '#fce8b2',
} as const;

export const SEVERITY_INK = {
  error: '#c5221f',
  warning: '#b06000',
} as const;

/** Computed columns: visibly different from the user's white columns. */
export const COMPUTED_FILL = '#f1f3f4';
export const HEADER_FILL = '#e8eaed';
export const COMPUTED_HEADER_FILL = '#dadce0';
