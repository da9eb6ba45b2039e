/**
 * Tests run the project's CLIs with spawnSync, which blocks this process's event loop for
 * seconds. Meanwhile Directus closes the idle keep-alive connections of the test's fetch
 * (Node's server closes them after 5 s). When the loop resumes, the next fetch is handed one
 * of those closed sockets before the close is noticed, and fails with "other side closed"
 * (UND_ERR_SOCKET): seen in full runs on a loaded machine, never in the product. The server
 * closed the socket while it was idle, so it never read the request: sending it once more on
 * a fresh connection is safe. Only that failure is retried, and only once.
 */
const send = globalThis.fetch.bind(globalThis);

const staleSocket = (error: unknown) => {
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return error instanceof TypeError && (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET');
};

globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
  try {
    return await send(input, init);
  } catch (error) {
    // A stream body is gone after the first try; everything else the tests send can go again.
    if (!staleSocket(error) || init?.body instanceof ReadableStream) throw error;
    return await send(input, init);
  }
};
