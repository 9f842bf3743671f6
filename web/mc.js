// kpisim's Monte Carlo worker. It runs the page's own app.wasm, whose main
// sees that there is no document and draws the streams of trials the page
// asks for (app/ui/workers.go). It lives in web/ beside app.wasm, and
// wasm_exec.js is at the site's root, so both paths follow a base path.
importScripts("../wasm_exec.js");

const go = new Go();
const wasm = new URL("app.wasm", self.location.href);
(WebAssembly.instantiateStreaming
  ? WebAssembly.instantiateStreaming(fetch(wasm), go.importObject)
      .catch(() => fetch(wasm).then(r => r.arrayBuffer()).then(b => WebAssembly.instantiate(b, go.importObject)))
  : fetch(wasm).then(r => r.arrayBuffer()).then(b => WebAssembly.instantiate(b, go.importObject))
).then(r => go.run(r.instance))
  .catch(e => postMessage({error: "the worker could not start: " + e}));
