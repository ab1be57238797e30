/**
 * Build-time Vite plugin: the code the popup's first frame runs comes in one shared chunk
 * instead of six (issue 17). Rollup splits the extension pages' shared modules into one chunk
 * per set of pages that use them, so popup.html asked for twelve scripts (Preact, four English
 * catalogs, five small helpers of a few hundred bytes each), and the renderer's main thread
 * handled each request and response — time in which the `<head>` script that starts the
 * popup's database read (entrypoints/open-db.ts) waited its turn.
 *
 * The chunk (`first-frame`) holds every module the popup's page and entry import statically,
 * and what those import, except the popup's own components and any string catalog: the same
 * code as before, for every page that used any of it. It is closed under static imports, so
 * no chunk cycle can arise. Stylesheets are left where Vite puts them. Only the pages' module
 * build is split this way; the single-file scripts (background, content scripts, open-db.js)
 * are not.
 */
import type { ManualChunkMeta, OutputOptions } from 'rollup';
import type { Plugin } from 'vite';

/** The chunk's name (the built file is chunks/first-frame-<hash>.js). */
export const FIRST_FRAME_CHUNK = 'first-frame';

/** The popup's page (its HTML, which also imports Vite's module-preload helper) and script. */
const entry = /[\\/]entrypoints[\\/]popup[\\/](index\.html|main\.tsx)$/;
/**
 * The popup's own modules, which stay in its entry chunk, and the string catalogs: each page
 * builds its English ones into its entry (`?raw&page=…`), the others load on demand.
 */
const own = /[\\/](entrypoints[\\/]popup[\\/]|components[\\/]popup[\\/]|locales[\\/])/;
const style = /\.(css|scss|less)(\?|$)/;

/** The modules the chunk holds, found once from the popup's entry (static imports only). */
export function firstFrameModules(
  ids: Iterable<string>,
  imports: (id: string) => readonly string[],
): Set<string> {
  const starts = [...ids].filter((id) => entry.test(id));
  const out = new Set<string>();
  const queue = starts.flatMap((id) => imports(id));
  const seen = new Set(starts);
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...imports(id));
    if (!own.test(id) && !style.test(id)) out.add(id);
  }
  return out;
}

/** The plugin; add it to `vite.plugins` in wxt.config.ts. */
export function firstFrameChunk(): Plugin {
  return {
    name: 'treaty-lens:first-frame-chunk',
    apply: 'build',
    outputOptions(o: OutputOptions) {
      // Single-file builds (IIFE, or everything inlined) have no chunks to choose.
      if ((o.format && o.format !== 'es') || o.inlineDynamicImports) return null;
      let members: Set<string> | undefined;
      return {
        ...o,
        manualChunks(id: string, meta: ManualChunkMeta) {
          members ??= firstFrameModules(
            meta.getModuleIds(),
            (m) => meta.getModuleInfo(m)?.importedIds ?? [],
          );
          return members.has(id) ? FIRST_FRAME_CHUNK : undefined;
        },
      };
    },
  };
}
