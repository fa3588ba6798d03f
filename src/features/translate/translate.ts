/**
 * The translation feature module (lazy): the setting's value is the target language, "off" the
 * page's own. Applying starts a session in the background (the page stays usable; progress shows
 * in the panel and the note); changing language restores the page first; reverting restores it
 * exactly. Only one session at a time.
 */
import type { FeatureModule } from '../../core/feature.js';
import { Session } from './session.js';

let session: Session | undefined;

const feature: FeatureModule<string> = {
  apply(value, ctx) {
    session?.end();
    session = undefined;
    if (value === 'off') return;
    const next = new Session(value, ctx);
    session = next;
    // Not awaited: a long page must not hold the settings queue (Cancel must work meanwhile).
    void next.run().catch(() => next.end());
  },
  revert() {
    session?.end();
    session = undefined;
  },
};

export default feature;
