// Loads the views module: the code of the views most visits never open, which release builds
// split off the app's wasm (tools/split_views.mjs). The build names its file and integrity in
// <meta name="accord-views-module" content="FILE sha384-...">; a build without that tag (a debug
// build) has every view in the app's module, so there is nothing to load. Once per page; a failed
// load is forgotten so that the next attempt tries again.
const SELECTOR = 'meta[name="accord-views-module"]';
let ready = false;
let loading = null;

function tag() {
  return document.querySelector(SELECTOR);
}

export function views_ready() {
  return ready || !tag();
}

// `primary`: the app module's exports. The views module imports its memory, tables, globals and
// functions from them (as "m"); instantiating it fills the app's function table with its code.
export function load_views(root, primary) {
  if (views_ready()) return Promise.resolve();
  if (!loading) {
    const [file, integrity] = (tag().getAttribute('content') || '').split(' ');
    loading = fetch(root + file, integrity ? { integrity } : {})
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((bytes) => WebAssembly.instantiate(bytes, { m: primary }))
      .then(() => {
        ready = true;
      });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
