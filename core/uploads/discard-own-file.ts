/**
 * Whether a user may throw away a file right after uploading it (issue 10, point 4): the
 * upload screen stores the file first and then creates the upload; when the upload is
 * refused, the file must not linger with its personal data until the orphan sweep. Only
 * the user's own file that nothing uses yet may go; everything else is left alone.
 */
export interface DiscardRequest {
  userId: string | null;
  /** The stored file, or null when no file has that id (any more). */
  stored: { uploadedBy: string | null } | null;
  /** How many items (uploads, lists, documents, avatars, …) point at the file. */
  references: number;
}

export type DiscardVerdict = { discard: true } | { discard: false; status: 403 | 404 | 409; message: string };

export function discardOwnFileVerdict(request: DiscardRequest): DiscardVerdict {
  if (!request.stored) return { discard: false, status: 404, message: 'Dit bestand bestaat niet (meer).' };
  if (!request.userId || request.stored.uploadedBy !== request.userId) return { discard: false, status: 403, message: 'U kunt alleen een bestand verwijderen dat u zelf net heeft geüpload.' };
  if (request.references > 0) return { discard: false, status: 409, message: 'Dit bestand is al in gebruik en wordt na verwerking vanzelf verwijderd.' };
  return { discard: true };
}
