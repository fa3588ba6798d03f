/** Builds the engines a site configured, in its order (site translations always first). */
import type { EngineConfig, TranslationConfig } from '../config.js';
import type { TranslationEngine } from '../engine.js';
import { apertiumEngine } from './apertium.js';
import { browserEngine, browserFactory } from './browser.js';
import { jsonEngine } from './json.js';
import { libreTranslateEngine } from './libretranslate.js';
import { siteEngine } from './site.js';

function create(config: EngineConfig): TranslationEngine | null {
  const url = config.url;
  switch (config.type) {
    case 'browser': {
      const factory = browserFactory();
      return factory ? browserEngine(config, factory) : null;
    }
    case 'site':
      return url ? siteEngine({ ...config, url }) : null;
    case 'apertium':
      return url ? apertiumEngine({ ...config, url }) : null;
    case 'libretranslate':
      return url ? libreTranslateEngine({ ...config, url }) : null;
    case 'json':
      return url ? jsonEngine({ ...config, url }) : null;
  }
}

export function createEngines(config: TranslationConfig): TranslationEngine[] {
  const engines = config.engines.map(create).filter((e): e is TranslationEngine => e !== null);
  return [...engines.filter((e) => e.kind === 'site'), ...engines.filter((e) => e.kind !== 'site')];
}
