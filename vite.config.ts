/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';
import { UI_LANGUAGES } from './src/i18n/languages.ts';

/**
 * The production page carries its Content-Security-Policy in a meta tag, so it holds
 * wherever the files are served; the dev server needs inline scripts for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'zaman-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * /early-request.js, the classic script index.html runs as soon as it arrives
 * (src/app/earlyRequest.script.ts), bundled on its own into one function: it imports the
 * app's rules (the interface language, the size checked on two cores) instead of copying
 * them, and it is not a module that the app's code would wait for.
 */
function earlyRequestScript(): Plugin {
  const entry = fileURLToPath(new URL('./src/app/earlyRequest.script.ts', import.meta.url));
  const bundle = async (minify: boolean): Promise<string> => {
    const result = await build({
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify,
        target: 'es2022',
        // The global the wrapper names is not window.zamanEarlyRequest, which the script sets.
        lib: {
          entry,
          formats: ['iife'],
          name: 'zamanEarlyScript',
          fileName: () => 'early-request.js',
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((o) =>
      'output' in o ? o.output : [],
    );
    const chunk = outputs.find((file) => file.type === 'chunk');
    if (!chunk) throw new Error('the early script is missing from its build');
    return chunk.code;
  };
  return {
    name: 'zaman-early-request',
    async generateBundle() {
      if (this.environment.mode !== 'build') return;
      this.emitFile({ type: 'asset', fileName: 'early-request.js', source: await bundle(true) });
    },
    configureServer(server) {
      // Built once and again only after a source file changes (it imports the app's own modules).
      let built: Promise<string> | undefined;
      server.watcher.on('change', () => {
        built = undefined;
      });
      server.middlewares.use('/early-request.js', (_request, response, next) => {
        built ??= bundle(false);
        built.then((code) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(code);
        }, (error: unknown) => {
          built = undefined;
          next(error);
        });
      });
    },
  };
}

/**
 * A tag in index.html that names files of the build by their hashed names; the build fails
 * when they are missing, rather than shipping a page that points nowhere.
 */
function tagForBuiltFiles(
  name: string,
  what: string,
  pick: (files: readonly (Rollup.OutputAsset | Rollup.OutputChunk)[]) => readonly string[],
  tag: (hrefs: readonly string[]) => HtmlTagDescriptor,
): Plugin {
  return {
    name,
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const names = pick(Object.values(bundle ?? {}));
        if (names.length === 0) throw new Error(`${what} is missing from the build`);
        return [tag(names.map((fileName) => `/${fileName}`))];
      },
    },
  };
}

/** The same, for one file. */
function tagForBuiltFile(
  name: string,
  what: string,
  isIt: (file: Rollup.OutputAsset | Rollup.OutputChunk) => boolean,
  tag: (href: string) => HtmlTagDescriptor,
): Plugin {
  return tagForBuiltFiles(
    name,
    what,
    (files) =>
      files
        .filter(isIt)
        .slice(0, 1)
        .map((file) => file.fileName),
    ([href]) => tag(href ?? ''),
  );
}

/**
 * The embedded article is fetched by the app's script, so without a hint its request
 * would wait until all the JavaScript has arrived and run. The hint starts it with the
 * page; on a slow connection that takes a round trip off the time to the article.
 */
const preloadEmbeddedArticle = () =>
  tagForBuiltFile(
    'zaman-preload-embedded-article',
    'the embedded article',
    (file) =>
      file.type === 'asset' &&
      file.originalFileNames.some((n) => n.endsWith('src/data/seed.bundle.json')),
    // Same request as the app's fetch(): same-origin, CORS mode, so the browser reuses it.
    (href) => ({
      tag: 'link',
      attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
      injectTo: 'head',
    }),
  );

/**
 * The early script starts the worker that checks a large ?bundle= article before the app's
 * code is here; this tag names the worker's script (its name is hashed).
 */
const nameValidatorWorker = () =>
  tagForBuiltFile(
    'zaman-name-validator-worker',
    'the validation worker',
    (file) => /(^|\/)validate\.worker-[\w-]+\.js$/.test(file.fileName),
    (content) => ({
      tag: 'meta',
      attrs: { name: 'zaman-validator', content },
      injectTo: 'head-prepend',
    }),
  );

/**
 * The chunks the app imports to check and show a ?bundle= article (the validator, the
 * cross-checks, the windowed reader) with what they import that the first load does not
 * have. The early script asks for them as soon as it runs, so they are here when
 * the bytes are, instead of being requested only once the app's code has run.
 */
const CHECKING_CODE =
  /src\/(model\/load\.ts|model\/crossChecks\.ts|reader\/WindowedSentences\.tsx)$/;
const nameBundleCheckingCode = () =>
  tagForBuiltFiles(
    'zaman-name-bundle-checking-code',
    'the code that checks a bundle',
    (files) => {
      const chunks = new Map(
        files.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
      );
      const closure = (roots: readonly string[]) => {
        const seen = new Set<string>();
        const visit = (fileName: string) => {
          if (seen.has(fileName)) return;
          seen.add(fileName);
          chunks.get(fileName)?.imports.forEach(visit);
        };
        roots.forEach(visit);
        return seen;
      };
      const firstLoad = closure(
        [...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName),
      );
      const wanted = [...chunks.values()].filter((c) => CHECKING_CODE.test(c.facadeModuleId ?? ''));
      if (wanted.length !== 3) return [];
      return [...closure(wanted.map((c) => c.fileName))].filter(
        (fileName) => !firstLoad.has(fileName),
      );
    },
    (hrefs) => ({
      tag: 'meta',
      attrs: { name: 'zaman-bundle-code', content: hrefs.join(' ') },
      injectTo: 'head-prepend',
    }),
  );

/**
 * The interface's strings, one chunk per language. The early script asks for the
 * language the app will choose as soon as it runs, so the app need not wait a round trip for
 * them after its code has run (mobile Lighthouse LCP 2.4 → 2.2 s). Named as
 * "ar=/assets/ar-….js en=…" in the languages' order.
 */
const nameInterfaceStrings = () =>
  tagForBuiltFiles(
    'zaman-name-interface-strings',
    "the interface's strings",
    (files) => {
      const found = UI_LANGUAGES.map((language) =>
        files.find(
          (file) =>
            file.type === 'chunk' &&
            (file.facadeModuleId ?? '').endsWith(`/src/i18n/locales/${language}.json`),
        ),
      );
      return found.every(Boolean) ? found.map((file) => file?.fileName ?? '') : [];
    },
    (hrefs) => ({
      tag: 'meta',
      attrs: {
        name: 'zaman-strings',
        content: hrefs.map((href, i) => `${UI_LANGUAGES[i]}=${href}`).join(' '),
      },
      injectTo: 'head-prepend',
    }),
  );

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    earlyRequestScript(),
    preloadEmbeddedArticle(),
    nameValidatorWorker(),
    nameBundleCheckingCode(),
    nameInterfaceStrings(),
  ],
  resolve: {
    // See src/timeline/noTransitions.ts: what d3-zoom takes from d3-transition and
    // d3-interpolate (for transitions only, which Zaman never makes), without the rest.
    alias: [
      {
        find: /^d3-(transition|interpolate)$/,
        replacement: fileURLToPath(new URL('./src/timeline/noTransitions.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    // Browsers that know :dir(), which the stylesheet uses for text of either direction (for
    // older ones the minifier would rewrite it as :lang(), the interface's language).
    cssTarget: ['chrome120', 'edge120', 'firefox120', 'safari17'],
    // Inlined assets would be data: URLs, which the policy does not allow for fonts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  preview: {
    port: 4173,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'eval/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    env: { TZ: 'UTC' },
    css: false,
    restoreMocks: true,
  },
});
