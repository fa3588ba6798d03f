/** Generated at build time from src/locales/<lang>/core.json (`launcher.*` keys only). */
declare module 'virtual:clair-launcher-strings' {
  export interface LauncherStrings {
    label: string;
    landmark: string;
    loadError: string;
  }
  const strings: Record<string, LauncherStrings>;
  export default strings;
}
