import type { ConsentPurpose } from '../domain/consent.js';
import type { Db } from '../store/engine.js';
import type { HxlTag } from './hxl-hashtag.js';
import type { CaseScope } from './scope.js';

export type Cell = string | number | null;

/** A column of an export: its CSV header and its HXL hashtag (with attributes). */
export interface ExportColumn {
  name: string;
  hxl: HxlTag;
}

export interface PageRequest {
  scope: CaseScope;
  /** The key of the last row of the previous page, or null for the first page. */
  after: string | null;
  limit: number;
  /** The consent the rows must carry on `day` (a publication), or null for internal use. */
  consent: ConsentPurpose | null;
  day: string;
}

export interface Page {
  rows: Cell[][];
  /** Where the next page starts, or null when this was the last. */
  next: string | null;
}

/**
 * One kind of record as it leaves Safehold: the columns, and pages of the rows of the cases the
 * user sees, in key order. Protected fields (identities, places, testimony, free text) are never
 * columns: lists show labels, and identities leave only by an approved identity export.
 */
export interface Dataset {
  columns: readonly ExportColumn[];
  page(db: Db, request: PageRequest): Promise<Page>;
}
