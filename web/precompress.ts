import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Brotli's top level costs ~1 s per MB; the few big chunks (hls.js, recharts) get level 9. */
const BIG = 300_000;
const TEXT = /\.(js|css|html|svg|json|webmanifest)$/;

/**
 * Writes `x.br` and `x.gz` beside every text file of the build, once, at the highest levels,
 * so the academy serves compressed files without compressing per request.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'academy-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of walk(outDir)) {
          if (!TEXT.test(file)) continue;
          const raw = readFileSync(file);
          if (raw.length < 1024) continue;
          writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: raw.length > BIG ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
          writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        }
      },
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
