import {
  AlignmentType,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
} from 'docx';
import { FIRST_LINE_INDENT, FONT, LANGUAGE, pt, SIZE } from './format.ts';

/** Paragraph style ids: real styles, so the secretary edits a clean document. */
export const STYLE = {
  body: 'Normal',
  tableText: 'PtdvTableText',
  tableCaption: 'PtdvTableCaption',
  header: 'PtdvHeader',
  title: 'PtdvTitle',
  signature: 'PtdvSignature',
  recipients: 'PtdvRecipients',
  list: 'PtdvList',
} as const;

export const LIST_REFERENCE = 'ptdv-list';

/** 1.15 lines: enough room for the stacked diacritics of Vietnamese capitals. */
const LINE = { line: 276, lineRule: LineRuleType.AUTO };
const tight = { ...LINE, before: 0, after: 0 };

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: LANGUAGE },
      paragraph: { spacing: { ...LINE, after: 120 } },
    },
    heading1: {
      run: { font: FONT, size: SIZE.body, bold: true, color: '000000', language: LANGUAGE },
      paragraph: {
        spacing: { ...LINE, before: 120, after: 120 },
        indent: { firstLine: FIRST_LINE_INDENT },
        keepNext: true,
        outlineLevel: 0,
      },
    },
    heading2: {
      run: { font: FONT, size: SIZE.body, bold: true, color: '000000', language: LANGUAGE },
      paragraph: {
        spacing: { ...LINE, before: 60, after: 120 },
        indent: { firstLine: FIRST_LINE_INDENT },
        keepNext: true,
        outlineLevel: 1,
      },
    },
    heading3: {
      run: { font: FONT, size: SIZE.body, bold: true, italics: true, color: '000000', language: LANGUAGE },
      paragraph: {
        spacing: { ...LINE, before: 60, after: 120 },
        indent: { firstLine: FIRST_LINE_INDENT },
        keepNext: true,
        outlineLevel: 2,
      },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: SIZE.body, language: LANGUAGE },
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: { ...LINE, after: 120 },
      },
    },
    {
      id: STYLE.list,
      name: 'PTĐV danh sách',
      basedOn: STYLE.body,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: 0, firstLine: FIRST_LINE_INDENT } },
    },
    {
      id: STYLE.tableText,
      name: 'PTĐV bảng',
      basedOn: STYLE.body,
      run: { size: SIZE.table, language: LANGUAGE },
      paragraph: {
        alignment: AlignmentType.LEFT,
        indent: { firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 20, after: 20 },
      },
    },
    {
      id: STYLE.tableCaption,
      name: 'PTĐV tên bảng',
      basedOn: STYLE.body,
      run: { bold: true, size: pt(13), language: LANGUAGE },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        keepNext: true,
        spacing: { before: 120, after: 60 },
      },
    },
    {
      id: STYLE.header,
      name: 'PTĐV tiêu đề văn bản',
      basedOn: STYLE.body,
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: tight },
    },
    {
      id: STYLE.title,
      name: 'PTĐV tên loại văn bản',
      basedOn: STYLE.body,
      run: { bold: true, language: LANGUAGE },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        keepNext: true,
        spacing: tight,
      },
    },
    {
      id: STYLE.signature,
      name: 'PTĐV chữ ký',
      basedOn: STYLE.body,
      run: { bold: true, language: LANGUAGE },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: tight },
    },
    {
      id: STYLE.recipients,
      name: 'PTĐV nơi nhận',
      basedOn: STYLE.body,
      run: { size: SIZE.recipients, language: LANGUAGE },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: tight },
    },
  ],
};

/** "- " and "+ " lists: a real list (numbering), the mark at the first-line indent followed by a space. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: LIST_REFERENCE,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '-',
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.SPACE,
          style: {
            run: { font: FONT, language: LANGUAGE },
            paragraph: { indent: { left: 0, firstLine: FIRST_LINE_INDENT } },
          },
        },
        {
          level: 1,
          format: LevelFormat.BULLET,
          text: '+',
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.SPACE,
          style: {
            run: { font: FONT, language: LANGUAGE },
            paragraph: { indent: { left: 0, firstLine: FIRST_LINE_INDENT } },
          },
        },
      ],
    },
  ],
};
