/** The panel chunk's entry: builds the i18n instance and the panel element for the toolbar. */
import type { UiLanguage } from '../../core/language.js';
import type { PanelFactory, PanelHandle } from '../toolbar/clair-toolbar.js';
import { createI18n, switchLanguage } from '../i18n.js';
import { ClairPanel } from './clair-panel.js';

export const createPanel: PanelFactory = async ({ runtime, config, lang, launcher }) => {
  ClairPanel.define('clair-panel');
  const i18n = await createI18n(config.assetsUrl, lang);
  const element = document.createElement('clair-panel') as ClairPanel;
  element.id = 'clair-panel';
  element.runtime = runtime;
  element.config = config;
  element.i18n = i18n;
  element.launcher = launcher;
  const handle: PanelHandle = {
    element,
    show: () => void element.show(),
    hide: () => element.hide(),
    setLanguage: (next: UiLanguage) => switchLanguage(i18n, config.assetsUrl, next),
  };
  return handle;
};
