import type { FoutberichtSource } from '../../core/brp/brp-source.types.ts';

export const BRP_UNAVAILABLE_USER_MESSAGE = 'Het BRP is niet bereikbaar; de signalen wachten en worden later opnieuw verrijkt.';

/**
 * The register could not be reached (network error, timeout, 5xx or 429) after all
 * retries. The message is English and free of personal data, for logs; `userMessage` is
 * what a case worker reads. Callers keep the signals and enrich them again later.
 */
export class BrpUnavailableError extends Error {
  override name = 'BrpUnavailableError';
  readonly userMessage = BRP_UNAVAILABLE_USER_MESSAGE;
  constructor(
    message: string,
    readonly attempts: number,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The register answered but refused the request (4xx other than 429): a bug or a
 * configuration problem (key, authorisation for fields). Retrying does not help.
 */
export class BrpRequestError extends Error {
  override name = 'BrpRequestError';
  readonly userMessage = 'Het BRP weigerde de vraag; neem contact op met functioneel beheer.';
  constructor(
    readonly status: number,
    readonly problem: FoutberichtSource | null,
  ) {
    // Problem titles and parameter names come from the BRP, never personal data.
    const params = problem?.invalidParams?.map((param) => `${param.name ?? '?'}: ${param.code ?? '?'}`).join(', ');
    super(`BRP rejected the request with status ${status}${problem?.code ? ` (${problem.code})` : ''}${params ? `: ${params}` : ''}`);
  }
}
