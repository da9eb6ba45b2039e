/** What every figure carries to the dashboard and the report: its Dutch name and definition. */
export interface IndicatorDefinition {
  key: string;
  /** Dutch, as a heading. */
  name: string;
  /** Dutch, one or two sentences a covenant partner can read without the code. */
  definition: string;
}
