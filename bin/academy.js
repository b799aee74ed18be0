#!/usr/bin/env node
// The `academy` program: runs the TypeScript sources through tsx's loader, so the repository
// needs no build step (one image, one entry point).
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
await import(fileURLToPath(new URL('../services/main.ts', import.meta.url)));
