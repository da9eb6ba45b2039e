import { parseAppConfig } from './lib/app-config.ts';
import { buildExtensions } from './lib/build-extensions.ts';
import { fromRoot } from './lib/project-paths.ts';

const config = parseAppConfig(process.env);
await buildExtensions(fromRoot(config.EXTENSIONS_PATH));
console.log(`Extensions built into ${config.EXTENSIONS_PATH}`);
