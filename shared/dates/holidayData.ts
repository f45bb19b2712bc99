import { type Day, toDays } from './day.ts';

/**
 * Official holiday schedules for public-sector staff (cán bộ, công chức, viên chức), as data.
 *
 * Bộ luật Lao động 2019, Điều 112 fixes the holidays, but the exact Tết days, the second
 * Quốc khánh day and any swaps (hoán đổi: a weekday off, a Saturday worked) are announced each
 * year — until 2024 by Bộ Lao động – Thương binh và Xã hội, from 2025 by Bộ Nội vụ, on the Prime
 * Minister's approval. Private employers may choose differently; users override per request.
 *
 * A year lists only the holiday groups whose official schedule we know. Every group left out is
 * computed by `holidays.ts` from the law (see `publicHolidays`): that computed default is marked
 * below wherever it is used instead of an announcement.
 */

/** The holiday groups of Điều 112. `aprilMay` is 30/4 and 1/5 together, as swaps span both. */
export type HolidayGroup = 'newYear' | 'tet' | 'hungKings' | 'aprilMay' | 'nationalDay';

export interface OfficialGroup {
  /** Every weekday (Monday–Friday) given off for this holiday, compensatory and swapped days included. */
  daysOff: readonly Day[];
  /** Saturdays worked in exchange for a swapped day off (ngày làm bù). */
  workdays?: readonly Day[];
}

/**
 * A year's announced schedule. Where it comes from, and how sure we are, is said in a comment above
 * it ("Source: …"): no code reads it, so it is not data the add-on's bundle carries.
 */
export interface OfficialYear {
  groups: Partial<Record<HolidayGroup, OfficialGroup>>;
}

export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialYear>> = {
  2024: {
    // Certain for every group (widely published, matches the project brief). Tết and Quốc khánh:
    // Bộ LĐTBXH notice of late 2023 on the Prime Minister's approval; the 29/4 ↔ 04/5 swap:
    // Bộ LĐTBXH notice of April 2024. Document numbers not checked here.
    // Source: Bộ LĐTBXH, thông báo nghỉ Tết Âm lịch, Quốc khánh (cuối 2023) và hoán đổi dịp 30/4 (4/2024)
    groups: {
      // Thứ Hai 01/01/2024: one day, no swap.
      newYear: { daysOff: toDays('2024-01-01') },
      // Thứ Năm 08/02 (29 Chạp) – thứ Tư 14/02 (mùng 5), with the weekend 10–11/02 inside.
      tet: { daysOff: toDays('2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14') },
      // Thứ Năm 18/04/2024: one day, no swap.
      hungKings: { daysOff: toDays('2024-04-18') },
      // 27/04 – 01/05: thứ Hai 29/04 off, worked on thứ Bảy 04/05.
      aprilMay: { daysOff: toDays('2024-04-29', '2024-04-30', '2024-05-01'), workdays: toDays('2024-05-04') },
      // Thứ Bảy 31/08 – thứ Ba 03/09.
      nationalDay: { daysOff: toDays('2024-09-02', '2024-09-03') },
    },
  },
  2025: {
    // Certain for every group. Tết: Văn phòng Chính phủ 8726/VPCP-KGVX of 26/11/2024 (Thủ tướng
    // approves nine days 25/01 – 02/02), then the Bộ LĐTBXH notice. The 02/05 ↔ 26/04 swap and
    // Quốc khánh 30/08 – 02/09 were announced in 2025 (notice numbers not checked here).
    // Source: VPCP 8726/VPCP-KGVX ngày 26/11/2024 (Tết Ất Tỵ) và các thông báo nghỉ lễ năm 2025
    groups: {
      // Thứ Tư 01/01/2025: one day, no swap.
      newYear: { daysOff: toDays('2025-01-01') },
      // Thứ Hai 27/01 – thứ Sáu 31/01 (28 Chạp – mùng 3), nine days with the two weekends.
      tet: { daysOff: toDays('2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31') },
      // Thứ Hai 07/04/2025: one day, no swap.
      hungKings: { daysOff: toDays('2025-04-07') },
      // 30/04 – 04/05: thứ Sáu 02/05 off, worked on thứ Bảy 26/04.
      aprilMay: { daysOff: toDays('2025-04-30', '2025-05-01', '2025-05-02'), workdays: toDays('2025-04-26') },
      // Thứ Bảy 30/08 – thứ Ba 02/09.
      nationalDay: { daysOff: toDays('2025-09-01', '2025-09-02') },
    },
  },
  2026: {
    // Tết Dương lịch: Văn phòng Chính phủ 12729/VPCP-KGVX of 25/12/2025 (1/1 – 4/1, thứ Sáu 02/01
    // swapped with thứ Bảy 10/01) — fairly sure, seen in two press reports. Tết Nguyên đán:
    // certain (thứ Bảy 14/02 – Chủ nhật 22/02, Bộ Nội vụ on the Prime Minister's approval).
    // NOT official here, computed defaults instead:
    //  - Giỗ Tổ (Chủ nhật 26/04) → nghỉ bù thứ Hai 27/04, and 30/4 – 1/5 (thứ Năm, thứ Sáu) with
    //    no swap: this is what the law gives and what the press reported in February 2026, but no
    //    swap announcement was known when this was written.
    // Quốc khánh: approved with the Tết 2026 schedule (13/10/2025, per the press): off thứ Bảy 29/08
    // – thứ Tư 02/09; thứ Hai 31/08 is a day off swapped for working thứ Bảy 22/08. Whether a
    // swapped Saturday counts for party deadlines is not settled (domain.md §3): 31/08 is a day
    // off and the Saturday is left out of the count (no `workdays`).
    // Source: VPCP 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch), phương án nghỉ Tết Bính Ngọ và Quốc khánh 2026 (13/10/2025)
    groups: {
      newYear: { daysOff: toDays('2026-01-01', '2026-01-02'), workdays: toDays('2026-01-10') },
      // Thứ Hai 16/02 (29 Chạp) – thứ Sáu 20/02 (mùng 4): the five statutory days, no swap.
      tet: { daysOff: toDays('2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20') },
      // Thứ Bảy 29/08 – thứ Tư 02/09: thứ Hai 31/08 (swapped), thứ Ba 01/09 and thứ Tư 02/09 off.
      nationalDay: { daysOff: toDays('2026-08-31', '2026-09-01', '2026-09-02') },
    },
  },
};
