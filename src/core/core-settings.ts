/** Settings of Clair itself (not page adaptations): shown in the panel's "Settings" group. */
import { POSITIONS } from './config.js';
import { NATIVE_NAMES, UI_LANGUAGES } from './language.js';
import type { ChoiceSetting } from './settings.js';

export const uiLanguageSetting: ChoiceSetting = {
  id: 'uiLanguage',
  type: 'choice',
  group: 'settings',
  i18n: 'core:uiLanguage',
  // 'auto': the site's choice, then the page's language, then the browser's.
  choices: ['auto', ...UI_LANGUAGES],
  choiceNames: NATIVE_NAMES,
  default: 'auto',
};

export const launcherPositionSetting: ChoiceSetting = {
  id: 'launcherPosition',
  type: 'choice',
  group: 'settings',
  i18n: 'core:launcherPosition',
  // 'auto': where the site placed it. The visitor can move it off content it covers.
  choices: ['auto', ...POSITIONS],
  default: 'auto',
};

export const CORE_SETTINGS = [uiLanguageSetting, launcherPositionSetting] as const;
