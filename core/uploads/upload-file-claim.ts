/**
 * Which file an upload may point at (issue 7, item 4). The intake reads the file and then
 * deletes it, so pointing an upload at someone else's file would both leak and destroy
 * it. A partner's user may only use a file it uploaded itself and that nothing else uses;
 * the municipality's staff and the service account (`npm run import`) keep their paths.
 */
export interface UploadFileClaim {
  /** The `file` value submitted for the upload: an id, nothing, or something else. */
  file: unknown;
  /** Staff, the service account and administrators may use any file. */
  trusted: boolean;
  userId: string | null;
  /** The stored file, or null when no file has that id. */
  stored: { uploadedBy: string | null } | null;
  /** How many uploads, source lists and documents already point at the file. */
  usedElsewhere: number;
}

export type ClaimVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'not_an_id' | 'not_found' | 'not_own' | 'in_use'; message: string };

const refuse = (reason: Exclude<ClaimVerdict, { allowed: true }>['reason'], message: string): ClaimVerdict => ({ allowed: false, reason, message });

/** Whether the file id needs looking up; callers only query the database when it does. */
export const claimedFileId = (file: unknown): string | null => (typeof file === 'string' && file.length > 0 ? file : null);

export function checkUploadFileClaim(claim: UploadFileClaim): ClaimVerdict {
  if (claim.file === undefined || claim.file === null) return { allowed: true };
  if (claim.trusted) return { allowed: true };
  if (claimedFileId(claim.file) === null) return refuse('not_an_id', 'Kies een bestand dat u zelf heeft geüpload.');
  if (!claim.stored) return refuse('not_found', 'Het gekozen bestand bestaat niet (meer). Upload het bestand opnieuw.');
  if (!claim.userId || claim.stored.uploadedBy !== claim.userId) return refuse('not_own', 'U kunt alleen een bestand gebruiken dat u zelf heeft geüpload.');
  if (claim.usedElsewhere > 0) return refuse('in_use', 'Dit bestand is al gebruikt. Upload het bestand opnieuw om het nog eens te laten verwerken.');
  return { allowed: true };
}
