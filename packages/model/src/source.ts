import { z } from 'zod';

/**
 * Where a block came from in the original file, as the viewer cites it ("p. 7", "¶ 41", "Sheet1 row 3"):
 * a PDF page, a Word paragraph (1-based, in body order), or a spreadsheet row. DESIGN.md "Added this round".
 */
export const BlockOrigin = z.union([
  z.object({ page: z.number().int().positive() }),
  z.object({ paragraph: z.number().int().positive() }),
  z.object({ sheet: z.string(), row: z.number().int().positive() }),
]);
export type BlockOrigin = z.infer<typeof BlockOrigin>;

/** The format a notice was read from, sniffed from its bytes. */
export const SourceFormat = z.enum(['html', 'text', 'pdf', 'docx', 'doc', 'wps', 'xlsx', 'xls', 'et', 'zip']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** One member of a ZIP bundle and what it was taken for. */
export const SourceMember = z.object({
  name: z.string(),
  format: z.union([SourceFormat, z.literal('other')]),
  role: z.enum(['read', 'attachment', 'skipped']),
  bytes: z.number().int().nonnegative(),
});
export type SourceMember = z.infer<typeof SourceMember>;

/** What the notice was read from (DESIGN.md "Added this round": `meta.source`). */
export const PlanSource = z.object({
  format: SourceFormat,
  member: z.string().nullable().describe('for a zip: the member that was read'),
  members: z.array(SourceMember).optional().describe('for a zip: every member with its role'),
  pages: z.number().int().nonnegative().nullable().describe('pdf only'),
  retrievedFrom: z.string().nullable().describe('the final URL when fetched by address'),
});
export type PlanSource = z.infer<typeof PlanSource>;
