import { z } from 'zod';
import { isDay } from '../dates/day.ts';
import { isMonth } from '../dates/months.ts';

export const DaySchema = z
  .string({ error: (i) => (i.input === undefined ? 'Thiếu ngày.' : 'Ngày phải là chuỗi dạng YYYY-MM-DD.') })
  .refine(isDay, {
    error: (i) => `Ngày “${String(i.input)}” không hợp lệ: cần dạng YYYY-MM-DD và là ngày có thật.`,
  });

export const DayOrMonthSchema = z
  .string({ error: (i) => (i.input === undefined ? 'Thiếu ngày sinh.' : 'Ngày phải là chuỗi.') })
  .refine((v) => isDay(v) || isMonth(v), {
    error: (i) => `Ngày “${String(i.input)}” không hợp lệ: cần dạng YYYY-MM-DD hoặc YYYY-MM.`,
  });

export const KeySchema = z
  .string({ error: 'Thiếu mã dòng (key).' })
  .min(1, { error: 'Mã dòng (key) không được để trống.' })
  .max(64, { error: 'Mã dòng (key) dài quá 64 ký tự.' });

export const CountSchema = z
  .number({ error: 'Cần một số.' })
  .int({ error: 'Cần một số nguyên.' })
  .min(0, { error: 'Không được là số âm.' })
  .max(1_000_000, { error: 'Số quá lớn.' });

export const YearSchema = z
  .number({ error: 'Năm phải là số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(1945, { error: 'Năm phải từ 1945 trở đi.' })
  .max(2200, { error: 'Năm phải trước 2200.' });

export const STAGES = [
  'source',
  'trained',
  'dossier',
  'ready',
  'proposed',
  'admitted',
  'probationary',
  'official',
  'removed',
] as const;
export type Stage = (typeof STAGES)[number];
export const StageSchema = z.enum(STAGES);

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SeveritySchema = z.enum(SEVERITIES);
