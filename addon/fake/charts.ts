/** Embedded charts: the builder records what the add-on asked for; the preview draws it. */
import type {
  EmbeddedChartBuilderLike,
  EmbeddedChartLike,
  RangeLike,
} from '../src/server/adapters/services.ts';
import { FakeRange } from './range.ts';
import type { FakeSheet, Rect } from './sheet.ts';

/** A chart as built: its type, data ranges (A1), options and anchor cell. */
export class FakeChart implements EmbeddedChartLike {
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: Rect[],
    readonly options: ReadonlyMap<string, unknown>,
    readonly numHeaders: number,
    readonly position: { row: number; column: number; offsetX: number; offsetY: number },
  ) {}
  getOptions(): { get(option: string): unknown } {
    this.sheet.spreadsheet.calls.hit('EmbeddedChart.getOptions');
    return { get: (option: string) => this.options.get(option) };
  }
  /** The ranges' displayed values (what the chart plots), read without counting. */
  data(): unknown[][][] {
    return this.ranges.map((rect) => {
      const out: unknown[][] = [];
      for (let i = 0; i < rect.numRows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < rect.numColumns; j++)
          row.push(this.sheet.readValue(rect.row - 1 + i, rect.column - 1 + j));
        out.push(row);
      }
      return out;
    });
  }
}

export class FakeChartBuilder implements EmbeddedChartBuilderLike {
  private type = '';
  private readonly ranges: Rect[] = [];
  private readonly options = new Map<string, unknown>();
  private headers = -1;
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  constructor(private readonly sheet: FakeSheet) {}
  private hit(name: string): void {
    this.sheet.spreadsheet.calls.hit(`EmbeddedChartBuilder.${name}`);
  }
  addRange(range: RangeLike): EmbeddedChartBuilderLike {
    this.hit('addRange');
    if (!(range instanceof FakeRange) || range.sheet !== this.sheet)
      throw new Error('Invalid argument: range (must be on the chart’s sheet)');
    this.ranges.push({ ...range.rect });
    return this;
  }
  setChartType(type: unknown): EmbeddedChartBuilderLike {
    this.hit('setChartType');
    if (typeof type !== 'string' || !(type in CHART_TYPES)) throw new Error(`Invalid argument: type ${type}`);
    this.type = type;
    return this;
  }
  setNumHeaders(headers: number): EmbeddedChartBuilderLike {
    this.hit('setNumHeaders');
    this.headers = headers;
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilderLike {
    this.hit('setOption');
    this.options.set(option, value);
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderLike {
    this.hit('setPosition');
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('Invalid argument: anchor position');
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  build(): EmbeddedChartLike {
    this.hit('build');
    if (this.type === '') throw new Error('A chart type must be set before building the chart.');
    if (this.ranges.length === 0) throw new Error('A chart needs at least one range.');
    return new FakeChart(this.sheet, this.type, [...this.ranges], new Map(this.options), this.headers, {
      ...this.position,
    });
  }
}

export const CHART_TYPES = { BAR: 'BAR', COLUMN: 'COLUMN' } as const;
