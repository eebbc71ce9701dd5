/**
 * The one inline script of every page, run in `<head>` before the first paint:
 * it marks that JavaScript runs (so JS-only controls show without a shift) and
 * applies a stored light/dark choice (so the page never flashes the wrong
 * scheme). It is inline because an external file would delay the first paint;
 * its hash is in every content security policy (src/security/policy.ts), so
 * editing this text updates the policies with it.
 */
export const BOOT_SCRIPT =
  'document.documentElement.dataset.js="";try{const t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch{}';
