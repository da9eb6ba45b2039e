/**
 * The calls of the upload screen and the upload summary page, with the user's own
 * session (useApi): the same routes as the content form, so the same access model and
 * hooks apply (the partner preset, the file claim rule, the intake job).
 */
import type { AxiosError, AxiosInstance } from 'axios';
import { errorReportFileName, uploadErrorMessage, type UploadView } from '../../../../core/uploads/upload-screen.ts';

export interface UploadDetails extends UploadView {
  id: string;
  period: string;
  file_name: string | null;
  dropped_columns: string[] | null;
  date_created: string | null;
}

export const UPLOAD_FIELDS = ['id', 'period', 'status', 'summary', 'rows_read', 'accepted', 'rejected', 'duplicates', 'error_report', 'file_name', 'dropped_columns', 'date_created'];

type ApiError = AxiosError<{ errors?: Array<{ message?: string }> }>;

const statusOf = (error: unknown) => (error as ApiError).response?.status ?? null;
const serverMessage = (error: unknown) => (error as ApiError).response?.data?.errors?.[0]?.message ?? null;

export class UploadRefused extends Error {}

/**
 * Stores the file, then the upload item. When the item is refused the file is thrown
 * away at once (it may hold personal data) and the Dutch reason is raised.
 */
export async function sendUpload(api: AxiosInstance, input: { file: File; period: string; partner: number | null }): Promise<string> {
  const form = new FormData();
  form.append('file', input.file, input.file.name);
  let fileId: string;
  try {
    fileId = ((await api.post('/files', form)).data as { data: { id: string } }).data.id;
  } catch (error) {
    throw new UploadRefused(uploadErrorMessage(statusOf(error), serverMessage(error)));
  }
  try {
    const body: Record<string, unknown> = { file: fileId, period: input.period };
    if (input.partner !== null) body.partner = input.partner;
    return ((await api.post('/items/uploads', body)).data as { data: { id: string } }).data.id;
  } catch (error) {
    await api.delete(`/vroegsignalering/bestanden/${fileId}`).catch(() => undefined);
    throw new UploadRefused(uploadErrorMessage(statusOf(error), serverMessage(error)));
  }
}

export type UploadRead = { upload: UploadDetails } | { problem: string };

export async function readUpload(api: AxiosInstance, id: string): Promise<UploadRead> {
  try {
    const response = await api.get(`/items/uploads/${encodeURIComponent(id)}`, { params: { fields: UPLOAD_FIELDS.join(',') } });
    return { upload: (response.data as { data: UploadDetails }).data };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) return { problem: 'Deze upload bestaat niet of is niet van uw organisatie.' };
    if (status === 401) return { problem: 'Uw sessie is verlopen. Log opnieuw in.' };
    return { problem: 'De upload kon niet worden gelezen. Vernieuw de pagina over een paar minuten.' };
  }
}

/** Downloads the error report with the user's session and hands it to the browser as a file. */
export async function downloadErrorReport(api: AxiosInstance, upload: Pick<UploadDetails, 'id' | 'period'>): Promise<void> {
  let blob: Blob;
  try {
    blob = (await api.get(`/vroegsignalering/uploads/${encodeURIComponent(upload.id)}/foutenrapport.xlsx`, { responseType: 'blob' })).data as Blob;
  } catch (error) {
    throw new UploadRefused(statusOf(error) === 403 ? 'Dit foutenrapport bestaat niet of is niet van uw organisatie.' : 'Het foutenrapport kon niet worden gemaakt. Probeer het later opnieuw.');
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = errorReportFileName(upload.period);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readPartners(api: AxiosInstance): Promise<Array<{ text: string; value: number }>> {
  const response = await api.get('/items/signal_partners', { params: { fields: 'id,name', sort: 'name', limit: -1 } });
  return ((response.data as { data: Array<{ id: number; name: string }> }).data ?? []).map((partner) => ({ text: partner.name, value: partner.id }));
}
