/**
 * The syntax tree the measure grammar (measure.peggy) builds. Every node keeps its character span
 * in the cell, so a problem can be pointed at and a quick fix can replace just that part.
 */
export interface Span {
  /** 0-based offset of the first character. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
}

export interface TextNode {
  type: 'text';
  value: string;
  span: Span;
}

export interface NumberNode {
  type: 'number';
  value: number;
  span: Span;
}

/** A bare or quoted sheet name: `Activities`, `'Activity log'`. */
export interface SheetNode {
  type: 'sheet';
  name: string;
  span: Span;
}

/** `[Calls]` or `Activities[Calls]`. */
export interface ColumnNode {
  type: 'column';
  column: string;
  sheet?: string;
  sheetSpan?: Span;
  span: Span;
}

export type CompareOperator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export interface CompareNode {
  type: 'compare';
  column: ColumnNode;
  op: CompareOperator;
  value: TextNode | NumberNode;
  span: Span;
}

export interface LogicNode {
  type: 'and' | 'or';
  left: ConditionNode;
  right: ConditionNode;
  span: Span;
}

export interface NotNode {
  type: 'not';
  operand: ConditionNode;
  span: Span;
}

export type ConditionNode = CompareNode | LogicNode | NotNode;

export type ArgumentNode = ConditionNode | ColumnNode | TextNode | NumberNode | SheetNode;

export interface CallNode {
  type: 'call';
  name: string;
  nameSpan: Span;
  args: ArgumentNode[];
  span: Span;
}

export interface BinaryNode {
  type: 'binary';
  op: '+' | '-';
  left: MeasureNode;
  right: MeasureNode;
  span: Span;
}

export type MeasureNode = CallNode | BinaryNode;
