/**
 * Bundles the project's Directus extensions into EXTENSIONS_PATH. The API extensions
 * (hook, endpoint) are bundled with esbuild; each carries its own copy of the core and
 * adapters, so the official Directus image needs nothing from this repository's
 * node_modules. The app extension (the module with the custom screens, Vue single-file
 * components) is built with Directus's own extensions SDK, which compiles the templates
 * and leaves `vue` and `@directus/extensions-sdk` to the app that loads it.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { fromRoot } from './project-paths.ts';

interface ExtensionEntry {
  name: string;
  type: 'hook' | 'endpoint' | 'module' | 'display' | 'interface' | 'panel';
  source: string;
}

export const EXTENSIONS: ExtensionEntry[] = [
  { name: 'vroegsignalering-hooks', type: 'hook', source: 'extensions/src/hooks/index.ts' },
  { name: 'vroegsignalering-endpoints', type: 'endpoint', source: 'extensions/src/endpoints/index.ts' },
  { name: 'vroegsignalering-app', type: 'module', source: 'extensions/src/app/index.ts' },
  { name: 'vroegsignalering-period-display', type: 'display', source: 'extensions/src/app/displays/period-display.ts' },
  { name: 'vroegsignalering-action-links', type: 'interface', source: 'extensions/src/app/interfaces/action-links.ts' },
  // A period the system sets reads "december 2026" in its form, not "2026-12".
  { name: 'vroegsignalering-period-text', type: 'interface', source: 'extensions/src/app/interfaces/period-text.ts' },
  { name: 'vroegsignalering-upload-result', type: 'interface', source: 'extensions/src/app/interfaces/upload-result/index.ts' },
  // The template editor's preview (issue 11).
  { name: 'vroegsignalering-template-preview', type: 'interface', source: 'extensions/src/app/interfaces/template-preview/index.ts' },
  // Amounts as "€ 1.850,25" in Directus's lists and forms (issue 10).
  { name: 'vroegsignalering-euro', type: 'display', source: 'extensions/src/displays/euro.ts' },
  // An optional text in a title without Directus's "--" ("M.A. Jansen", not "M.A. -- Jansen").
  { name: 'vroegsignalering-optional-text', type: 'display', source: 'extensions/src/displays/optional-text.ts' },
  // The dashboard's figures with their definition and target lines (issue 13).
  { name: 'vroegsignalering-figure-panel', type: 'panel', source: 'extensions/src/app/panels/figure-panel.ts' },
];

const run = promisify(execFile);
/** App extensions (Vue) are built by Directus's SDK; the rest by esbuild. */
const APP_EXTENSION_TYPES: ReadonlyArray<ExtensionEntry['type']> = ['module', 'display', 'interface', 'panel'];

async function buildAppExtension(extension: ExtensionEntry, outfile: string): Promise<void> {
  const cli = fromRoot('node_modules', '@directus', 'extensions-sdk', 'cli.js');
  await run(process.execPath, [cli, 'build', '--type', extension.type, '--input', fromRoot(extension.source), '--output', outfile], { cwd: fromRoot() });
}

// Bundled CommonJS libraries (exceljs) call require() for Node built-ins.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export async function buildExtensions(outDir: string): Promise<void> {
  await Promise.all(
    EXTENSIONS.map(async (extension) => {
      const dir = path.join(outDir, extension.name);
      await mkdir(path.join(dir, 'dist'), { recursive: true });
      if (APP_EXTENSION_TYPES.includes(extension.type)) await buildAppExtension(extension, path.join(dir, 'dist', 'index.js'));
      else await build({
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
