/**
 * Every language Clair can translate a page into, whatever the engine (the setting's accepted
 * values, so a stored choice is validated before any engine is known). The panel only offers those
 * the site's engines reach from the page's language. One string: this file is in the start-up path.
 */
export const TARGET_LANGUAGES: readonly string[] = (
  'ar en es pt tr ro uk ru zh it de pl vi fa ps ta bn ur sq ka hy nl fr ' +
  'af am ast az be bg bm br bs ca co cs cy da el eo et eu ff fi frp ga gl gu ha he hi hr ht hu id ig ' +
  'is ja kk km kn ko ku ky lb ln lo lt lv mg mk ml mn mr ms mt my nb ne nn no oc pa rw sh si sk sl so ' +
  'sr sv sw te tg th ti tk tl uz wo xh yo zu en-US en-GB pt-BR pt-PT zh-Hans zh-Hant'
).split(' ');
