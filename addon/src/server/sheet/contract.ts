/** The sheet's contract (spec/contract.md §1) as a whole: the six tabs, in order. */

import { CANDIDATES } from './candidateColumns.ts';
import type { TabDef } from './columns.ts';
import { MEETINGS } from './meetingColumns.ts';
import { CONFIG, HOLIDAYS, MEMBERS, TARGETS } from './tabColumns.ts';

/** The tabs the template creates, in order. */
export const TABS: readonly TabDef[] = [CANDIDATES, MEMBERS, MEETINGS, TARGETS, HOLIDAYS, CONFIG];
