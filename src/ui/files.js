// Loads the app's second wasm module (crates/files/src/main.rs) the first time it is needed, once
// per page; a failed load is forgotten so that the next attempt tries again.
let loading = null;

function files(js, wasm) {
  if (!loading) {
    loading = import(js).then(async (m) => {
      await m.default({ module_or_path: wasm });
      return m;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

export async function open_dataset(js, wasm, name, text) {
  return (await files(js, wasm)).open_dataset(name, text);
}

export async function export_rows(js, wasm, packed, rows, csv) {
  return (await files(js, wasm)).export_rows(packed, rows, csv);
}

export async function dataset_file(js, wasm, packed) {
  return (await files(js, wasm)).dataset_file(packed);
}

export async function read_list(js, wasm, name, bytes, column, header) {
  return (await files(js, wasm)).read_list(name, bytes, column, header);
}

export async function check_names(js, wasm, packed, names) {
  return (await files(js, wasm)).check_names(packed, names);
}

export async function export_check(js, wasm, packed, name, bytes, column, header, outcomes, csv) {
  return (await files(js, wasm)).export_check(packed, name, bytes, column, header, outcomes, csv);
}

// Loads the module ahead, so that nothing is fetched while a list is checked.
export async function preload(js, wasm) {
  await files(js, wasm);
}
