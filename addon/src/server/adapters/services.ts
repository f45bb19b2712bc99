/**
 * The Apps Script services the add-on uses, as a structural subset of the real ones.
 *
 * The server code never touches a global: it gets a `Services` object. In Apps Script that object
 * is made of the real globals (gas.ts, where the compiler checks that they fit these interfaces);
 * in tests and in the local preview it is the in-memory fake (tests/addon/fakes). Keep this list
 * short: every method here is one the fake must implement and count.
 */

/** A cell value as `Range.getValues()` gives it. */
export type CellValue = string | number | boolean | Date;

export interface RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getValues(): unknown[][];
  setValues(values: unknown[][]): RangeLike;
  getNotes(): string[][];
  setNotes(notes: string[][]): RangeLike;
  setNote(note: string): RangeLike;
  getBackgrounds(): string[][];
  setBackgrounds(colors: string[][]): RangeLike;
  setBackground(color: string | null): RangeLike;
  setNumberFormat(format: string): RangeLike;
  setDataValidation(rule: DataValidationLike | null): RangeLike;
  setFontWeight(weight: string | null): RangeLike;
  setFontColor(color: string | null): RangeLike;
  setWrap(wrap: boolean): RangeLike;
  setVerticalAlignment(alignment: string | null): RangeLike;
  activate(): RangeLike;
  protect(): ProtectionLike;
}

export interface RangeListLike {
  setBackground(color: string | null): RangeListLike;
  setNumberFormat(format: string): RangeListLike;
}

export interface ProtectionLike {
  setDescription(description: string): ProtectionLike;
  getDescription(): string;
  setWarningOnly(warningOnly: boolean): ProtectionLike;
}

export interface SheetLike {
  getName(): string;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getDataRange(): RangeLike;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getFrozenRows(): number;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  getProtections(type: unknown): ProtectionLike[];
  setTabColor(color: string | null): SheetLike;
  activate(): SheetLike;
  /** contents and formats ("Tổng hợp" is rewritten whole) */
  clear(): SheetLike;
  clearNotes(): SheetLike;
  newChart(): EmbeddedChartBuilderLike;
  insertChart(chart: EmbeddedChartLike): void;
  getCharts(): EmbeddedChartLike[];
  removeChart(chart: EmbeddedChartLike): void;
}

/** A chart placed on a sheet, as built by `Sheet.newChart()`. */
export interface EmbeddedChartLike {
  getOptions(): { get(option: string): unknown };
}

export interface EmbeddedChartBuilderLike {
  addRange(range: RangeLike): EmbeddedChartBuilderLike;
  setChartType(type: unknown): EmbeddedChartBuilderLike;
  setNumHeaders(headers: number): EmbeddedChartBuilderLike;
  setOption(option: string, value: unknown): EmbeddedChartBuilderLike;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderLike;
  build(): EmbeddedChartLike;
}

/** The `Charts` service: only its enums are used (the chart type of an embedded chart). */
export interface ChartsLike {
  ChartType: { readonly BAR: unknown };
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  insertSheet(sheetName: string, sheetIndex: number): SheetLike;
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
  setSpreadsheetLocale(locale: string): void;
}

export interface DataValidationLike {
  getHelpText(): string;
}

export interface DataValidationBuilderLike {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderLike;
  requireDate(): DataValidationBuilderLike;
  /** a dropdown of the values of another range (e.g. the members' names) */
  requireValueInRange(range: RangeLike, showDropdown: boolean): DataValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderLike;
  setHelpText(helpText: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
  showModalDialog(userInterface: HtmlOutputLike, title: string): void;
  alert(title: string, prompt: string, buttons: unknown): unknown;
  ButtonSet: { readonly OK: unknown };
}

export interface SpreadsheetAppLike {
  getActive(): SpreadsheetLike;
  getUi(): UiLike;
  newDataValidation(): DataValidationBuilderLike;
  flush(): void;
  ProtectionType: { readonly RANGE: unknown };
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
  setWidth(width: number): HtmlOutputLike;
  setHeight(height: number): HtmlOutputLike;
  getContent(): string;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
  createHtmlOutput(html: string): HtmlOutputLike;
}

/** Bytes with a name and a content type (`Utilities.newBlob`, `HTTPResponse.getBlob`). */
export interface BlobLike {
  /** Apps Script gives Java bytes: numbers from -128 to 127 */
  getBytes(): number[];
  getDataAsString(charset: string): string;
  getName(): string | null;
  setName(name: string): BlobLike;
  getContentType(): string | null;
  setContentType(contentType: string | null): BlobLike;
  getBlob(): BlobLike;
}

/** What `Utilities.unzip` takes (Apps Script's BlobSource): a blob, or what holds one. */
export interface BlobSourceLike {
  getBlob(): BlobLike;
}

export interface HttpResponseLike {
  getResponseCode(): number;
  getContentText(): string;
  getHeaders(): object;
  getBlob(): BlobLike;
}

export interface FetchParams {
  method?: 'get' | 'post' | 'put' | 'delete' | 'patch';
  contentType?: string;
  headers?: Record<string, string>;
  /** a JSON text, or the bytes of a multipart upload */
  payload?: string | number[];
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
}

/** One request of `UrlFetchApp.fetchAll`. */
export interface FetchRequest extends FetchParams {
  url: string;
}

export interface UrlFetchAppLike {
  fetch(url: string, params: FetchParams): HttpResponseLike;
  /** several requests in parallel: one service call, answers in the same order */
  fetchAll(requests: FetchRequest[]): HttpResponseLike[];
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesLike;
}

export interface PropertiesServiceLike {
  getDocumentProperties(): PropertiesLike;
}

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockServiceLike {
  getDocumentLock(): LockLike;
}

export interface CacheLike {
  get(key: string): string | null;
  put(key: string, value: string, expirationInSeconds: number): void;
  remove(key: string): void;
}

export interface CacheServiceLike {
  getDocumentCache(): CacheLike | null;
}

export interface ScriptAppLike {
  getIdentityToken(): string;
  /** the user's OAuth token for the add-on's scopes (drive.file: the Drive upload) */
  getOAuthToken(): string;
  AuthMode: { readonly NONE: unknown; readonly LIMITED: unknown; readonly FULL: unknown };
}

export interface UtilitiesLike {
  formatDate(date: Date, timeZone: string, format: string): string;
  sleep(milliseconds: number): void;
  newBlob(data: string | number[], contentType?: string, name?: string): BlobLike;
  /** the files of a zip archive (a .docx), each named by its path inside it */
  unzip(blob: BlobSourceLike): BlobLike[];
  zip(blobs: BlobSourceLike[], name?: string): BlobLike;
}

/** Apps Script's `console`: lines for the execution log (Cloud Logging), never shown to the user. */
export interface ConsoleLike {
  warn(message: string): void;
}

export interface Services {
  SpreadsheetApp: SpreadsheetAppLike;
  HtmlService: HtmlServiceLike;
  UrlFetchApp: UrlFetchAppLike;
  PropertiesService: PropertiesServiceLike;
  LockService: LockServiceLike;
  CacheService: CacheServiceLike;
  ScriptApp: ScriptAppLike;
  Utilities: UtilitiesLike;
  Charts: ChartsLike;
  /** the execution log (optional: a caller without one logs nothing) */
  console?: ConsoleLike;
}
