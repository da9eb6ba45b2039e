/**
 * Bundles the project's Directus extensions with esbuild into EXTENSIONS_PATH. Each
 * bundle carries its own copy of the core and adapters, so the official Directus image
 * needs nothing from this repository's node_modules.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { fromRoot } from './project-paths.ts';

interface ExtensionEntry {
  name: string;
  type: 'hook' | 'endpoint';
  source: string;
}

export const EXTENSIONS: ExtensionEntry[] = [
  { name: 'vroegsignalering-hooks', type: 'hook', source: 'extensions/src/hooks/index.ts' },
  { name: 'vroegsignalering-endpoints', type: 'endpoint', source: 'extensions/src/endpoints/index.ts' },
];

// Bundled CommonJS libraries (exceljs) call require() for Node built-ins.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export async function buildExtensions(outDir: string): Promise<void> {
  await Promise.all(
    EXTENSIONS.map(async (extension) => {
      const dir = path.join(outDir, extension.name);
      await mkdir(path.join(dir, 'dist'), { recursive: true });
      await build({
        entryPoints: [fromRoot(extension.source)],
        outfile: path.join(dir, 'dist', 'index.js'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        banner: { js: requireShim },
        // Database drivers belong to Directus; the extension reaches them through its context.
        external: ['knex', 'pg', 'sqlite3', 'better-sqlite3'],
        logLevel: 'warning',
        legalComments: 'none',
      });
      const manifest = {
        name: extension.name,
        version: '0.1.0',
        type: 'module',
        'directus:extension': { type: extension.type, path: 'dist/index.js', source: extension.source, host: '^11.17.4' },
      };
      await writeFile(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    }),
  );
}
