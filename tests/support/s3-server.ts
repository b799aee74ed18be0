import { execFileSync, spawn } from 'node:child_process';
import { freePort } from './ports.ts';

/**
 * A real S3 server for suites that need the multipart calls s3rver (the repo's usual S3 in tests)
 * does not implement. Measured on s3rver 3.7.1 with @tus/s3-store 2.0.7: CreateMultipartUpload and
 * PutObject work, but ListParts (`GET ?uploadId`) and AbortMultipartUpload (`DELETE ?uploadId`)
 * answer 405 MethodNotAllowed and ListMultipartUploads (`GET ?uploads`) 501 (Not Implemented), so
 * S3Store can neither write nor resume nor sweep there. moto's server implements them; it is used
 * when `moto_server` is on the PATH, and the suite says it is skipped otherwise.
 */
export interface TestS3 {
  /** The academy's S3 settings for this server. */
  env: Record<string, string>;
  /** Why the S3 suite cannot run here (undefined: it can). */
  skip?: string;
}


/** Starts moto's S3 server for this test file (stopped when the process exits). */
export async function startS3(): Promise<TestS3> {
  try {
    execFileSync('sh', ['-c', 'command -v moto_server'], { stdio: 'ignore' });
  } catch {
    return { env: {}, skip: 'no moto_server on the PATH (s3rver lacks ListParts, AbortMultipartUpload and ListMultipartUploads)' };
  }
  const port = await freePort();
  const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  process.on('exit', () => moto.kill());
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(endpoint).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { env: { S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'test', S3_SECRET_ACCESS_KEY: 'test' } };
}
