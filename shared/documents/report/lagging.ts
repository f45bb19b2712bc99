/**
 * What the report directs a unit below its target to do, from that unit's own pool (Bảng 4): a
 * unit with people ready is told to consider them; one whose pool can still become eligible, to
 * train them and complete their dossiers; one whose whole pool will leave or stay under 18 first
 * (or that has no pool), to find new sources early enough. One sentence per kind, naming its units.
 */
import { joinVi } from '../numbers.ts';
import type { UnitLine } from './rollup.ts';

/** allBlocked*: the whole pool will leave first, stay under 18, or some of each. */
type Kind = 'ready' | 'training' | 'allLeaving' | 'allUnderAge' | 'allBlocked' | 'noSource';

function kindOf(l: UnitLine): Kind {
  const p = l.figures.pool;
  if (p.ready > 0) return 'ready';
  const blocked = p.blockedByLeaving + p.blockedByAge;
  if (l.figures.pipeline - blocked > 0) return 'training';
  if (l.figures.pipeline === 0) return 'noSource';
  if (p.blockedByAge === 0) return 'allLeaving';
  return p.blockedByLeaving === 0 ? 'allUnderAge' : 'allBlocked';
}

/** Whose new sources are upper-secondary pupils or higher-education students, by the unit's name. */
function learnerSource(name: string): 'pupils' | 'students' | undefined {
  const n = name.toLocaleLowerCase('vi');
  if (/(đại học|cao đẳng|học viện)/u.test(n)) return 'students';
  if (/(thpt|trung học phổ thông|phổ thông dân tộc nội trú|ptdt nội trú)/u.test(n)) return 'pupils';
  return undefined;
}

type Source = 'pupils' | 'students' | 'other';

const LEAVE: Record<Source, string> = { pupils: 'ra trường', students: 'tốt nghiệp', other: 'rời đơn vị' };

const EARLY: Record<Source, string> = {
  pupils:
    'phối hợp với Đoàn trường phát hiện học sinh ưu tú từ lớp 10, lớp 11 và bồi dưỡng sớm, để khi đủ 18 tuổi các em đã hoàn thành các bước và kịp được xét trước khi ra trường',
  students:
    'phối hợp với Đoàn trường, Hội Sinh viên phát hiện sinh viên ưu tú từ những năm học đầu và bồi dưỡng sớm, để kịp hoàn thành các bước trước khi tốt nghiệp',
  other:
    'phối hợp với Đoàn Thanh niên, Công đoàn phát hiện quần chúng ưu tú và bồi dưỡng sớm, để kịp hoàn thành các bước trước khi quần chúng chuyển đi',
};

function sentence(kind: Kind, names: string, source: Source): string {
  const pool = `Quần chúng đang bồi dưỡng ở ${names} đều`;
  const renew = `chỉ đạo tạo nguồn mới: ${EARLY[source]}.`;
  switch (kind) {
    case 'ready':
      return `Chỉ đạo ${names} sớm họp xét kết nạp quần chúng đã đủ điều kiện, đồng thời tiếp tục bồi dưỡng, hoàn thiện hồ sơ cho các quần chúng khác trong nguồn; phân công cấp ủy viên trực tiếp theo dõi, giúp đỡ.`;
    case 'training':
      return `Chỉ đạo ${names} tập trung bồi dưỡng, hoàn thiện hồ sơ để quần chúng trong nguồn sớm đủ điều kiện xét kết nạp; phân công cấp ủy viên trực tiếp theo dõi, giúp đỡ.`;
    case 'allLeaving':
      return `${pool} sẽ ${LEAVE[source]} trước khi đủ điều kiện xét kết nạp; ${renew}`;
    case 'allUnderAge':
      return `${pool} chưa đủ 18 tuổi trong năm hoặc đến khi ${LEAVE[source]}; ${renew}`;
    case 'allBlocked':
      return `${pool} sẽ ${LEAVE[source]} hoặc chưa đủ 18 tuổi trước khi đủ điều kiện xét kết nạp; ${renew}`;
    case 'noSource':
      return `Chỉ đạo ${names} tạo nguồn kết nạp, vì hiện chưa có quần chúng trong diện bồi dưỡng: ${EARLY[source]}.`;
  }
}

/** The directions for the lagging units, in the order of their kinds, one item per kind and source. */
export function laggingDirections(lagging: readonly UnitLine[]): string[] {
  const groups = new Map<string, { kind: Kind; source: Source; names: string[] }>();
  const order: Kind[] = ['ready', 'training', 'allLeaving', 'allUnderAge', 'allBlocked', 'noSource'];
  for (const kind of order) {
    for (const l of lagging) {
      if (kindOf(l) !== kind) continue;
      // the source only shapes the sentences about new sources
      const source: Source =
        kind === 'ready' || kind === 'training' ? 'other' : (learnerSource(l.name) ?? 'other');
      const key = `${kind}/${source}`;
      const g = groups.get(key) ?? { kind, source, names: [] };
      g.names.push(l.name);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => sentence(g.kind, joinVi(g.names), g.source));
}
