/**
 * One thing wrong with an import file. Rows are numbered as a spreadsheet shows them: the
 * header is row 1, the first record row 2. `column` is the header of the column at fault, or
 * null for the row (or the file) as a whole.
 */
export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}
