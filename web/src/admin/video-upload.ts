import { refreshSession } from '../api/client';
import { ApiError, type Problem } from '../api/problem';
import { session } from '../auth/session';

/** Files up to this size go up as one multipart form; larger ones resumably (tus), in pieces. */
export const MULTIPART_MAX_BYTES = 16 * 1024 * 1024;
/**
 * A tus PATCH carries at most this much: a lost connection costs at most one chunk, and a 2 GiB
 * file is 64 requests (well inside the per-user rate limit even on a fast link).
 */
const CHUNK_BYTES = 32 * 1024 * 1024;

export interface UploadHandle {
  /** The new video's id, once the server holds the whole file. */
  done: Promise<string>;
  /** Stops sending (a tus upload can be resumed later from where it stopped). */
  abort(): void;
}

const bearer = (): Record<string, string> => {
  const token = session.getState().accessToken;
  return token ? { authorization: `Bearer ${token}` } : {};
};

function problemOf(status: number, body: string): ApiError {
  let p: Partial<Problem> = {};
  try {
    p = JSON.parse(body) as Partial<Problem>;
  } catch {
    /* not problem+json: a protocol answer */
  }
  return new ApiError(status, { type: p.type ?? 'about:blank', title: p.title ?? `The server answered ${status}`, status, code: p.code ?? 'unknown', detail: p.detail, errors: p.errors });
}

/**
 * Uploads a video file and reports the bytes sent: small files as one multipart form (XHR, for
 * its upload progress), large ones over tus (tus-js-client, loaded only then) in chunks, retried
 * and resumed from the server's offset when the connection drops. A refusal (wrong type, too
 * large) rejects with the server's problem.
 */
export function uploadVideo(file: File, onProgress: (sent: number, total: number) => void): UploadHandle {
  return file.size <= MULTIPART_MAX_BYTES ? multipart(file, onProgress) : resumable(file, onProgress);
}

function multipart(file: File, onProgress: (sent: number, total: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const send = () =>
    new Promise<XMLHttpRequest>((resolve, reject) => {
      xhr.open('POST', '/api/v1/videos');
      for (const [k, v] of Object.entries(bearer())) xhr.setRequestHeader(k, v);
      xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new ApiError(0, { type: 'about:blank', title: 'The upload failed: the server cannot be reached.', status: 0, code: 'network' }));
      xhr.onabort = () => reject(new ApiError(0, { type: 'about:blank', title: 'The upload was cancelled.', status: 0, code: 'aborted' }));
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
  const done = (async () => {
    let res = await send();
    // The 15-minute access token ran out: refresh the session once and send again.
    if (res.status === 401 && (await refreshSession())) res = await send();
    if (res.status !== 201) throw problemOf(res.status, res.responseText);
    onProgress(file.size, file.size);
    return (JSON.parse(res.responseText) as { id: string }).id;
  })();
  return { done, abort: () => xhr.abort() };
}

function resumable(file: File, onProgress: (sent: number, total: number) => void): UploadHandle {
  let stop: (() => void) | undefined;
  let aborted = false;
  const done = import('tus-js-client').then(
    ({ Upload }) =>
      new Promise<string>((resolve, reject) => {
        const upload = new Upload(file, {
          endpoint: '/api/v1/video-uploads',
          metadata: { filename: file.name, filetype: file.type },
          chunkSize: CHUNK_BYTES,
          retryDelays: [0, 1000, 3000, 5000, 10000],
          // The same file picked again resumes the upload this browser left unfinished.
          storeFingerprintForResuming: true,
          removeFingerprintOnSuccess: true,
          // Each request carries the current token (a long upload outlives the 15-minute one).
          onBeforeRequest: (req) => {
            for (const [k, v] of Object.entries(bearer())) req.setHeader(k, v);
          },
          onShouldRetry: (err) => {
            const status = err.originalResponse?.getStatus() ?? 0;
            if (status === 401) {
              void refreshSession();
              return true;
            }
            // Refusals (type, size, not yours) are final; network trouble, 409/423 (a previous
            // request still holds the upload), 429 and 5xx are retried from the server's offset.
            return status === 0 || status === 409 || status === 423 || status === 429 || status >= 500;
          },
          onProgress: (sent, total) => onProgress(sent, total),
          onError: (err) => {
            const res = 'originalResponse' in err ? err.originalResponse : null;
            reject(res ? problemOf(res.getStatus(), res.getBody()) : new ApiError(0, { type: 'about:blank', title: 'The upload failed: the server cannot be reached.', status: 0, code: 'network' }));
          },
          onSuccess: ({ lastResponse }) => {
            const id = lastResponse.getHeader('video-id');
            if (id) resolve(id);
            else reject(new ApiError(0, { type: 'about:blank', title: 'The upload finished but the server named no video.', status: 0, code: 'unknown' }));
          },
        });
        stop = () => void upload.abort();
        if (aborted) return stop();
        void upload.findPreviousUploads().then((previous) => {
          if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
          upload.start();
        });
      }),
  );
  return {
    done,
    abort: () => {
      aborted = true;
      stop?.();
    },
  };
}
