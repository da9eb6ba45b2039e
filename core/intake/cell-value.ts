/**
 * One cell as a spreadsheet reader hands it to the core. XLSX gives numbers, booleans
 * and dates; CSV gives only strings. Empty cells are null.
 */
export type CellValue = string | number | boolean | Date | null;
