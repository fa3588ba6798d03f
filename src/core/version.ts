/** Kept in step with package.json by the size/verify script. */
export const VERSION = '0.1.0';
