import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;

/**
 * Leaflet probes for inline SVG support at load time with `div.innerHTML = '<svg/>'`. Under
 * `require-trusted-types-for 'script'` that assignment throws and the map never loads, so the probe
 * is rewritten to build the same element through the DOM. Fails the build if Leaflet changes, so an
 * upgrade cannot silently bring the string sink back.
 */
function leafletWithoutHtmlSinks(): Plugin {
  const probe = "div.innerHTML = '<svg/>';";
  return {
    name: 'whistle:leaflet-trusted-types',
    transform(code, id) {
      if (!/leaflet[\\/]dist[\\/]leaflet-src(\.esm)?\.js$/.test(id)) return null;
      if (!code.includes(probe))
        this.error('Leaflet no longer contains the inline-SVG probe this plugin rewrites; check it for innerHTML.');
      return { code: code.replace(probe, "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));"), map: null };
    },
  };
}

/** Every feature's strings in one language make one file, fetched only by those who read it (see defineLocales). */
function stringsChunk(id: string): string | undefined {
  const lang = /[\\/]locales[\\/](es|so|hmn)\.ts$/.exec(id)?.[1];
  return lang ? `strings-${lang}` : undefined;
}

export default defineConfig({
  root: path.join(here, 'src/app'),
  plugins: [preact(), leafletWithoutHtmlSinks()],
  // Leaflet's package.json names only its UMD build; its ES module build is in the same folder.
  resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  // Leaflet must go through the plugin above, also in the dev server.
  optimizeDeps: { exclude: ['leaflet'] },
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    // Every browser that can use passkeys supports modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    target: 'es2020',
    rollupOptions: {
      output: {
        manualChunks: stringsChunk,
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
