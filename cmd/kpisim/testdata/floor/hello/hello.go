// Command hello is the floor kpisim's start-up is measured against (issue
// 14): a go-app program whose one component renders a heading and marks
// <body> data-ready when mounted, as kpisim's page does once its charts
// are up. Built for js/wasm it runs the page; built natively it writes the
// static site (hello DIR WASMSIZE), as kpisim build does. The browser
// benchmark (cmd/kpisim/bench_floor_test.go) builds and serves it.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// hello is the whole app: one heading.
type hello struct{ app.Compo }

var _ app.Mounter = (*hello)(nil)

func (h *hello) Render() app.UI { return app.H1().Text("Hello, world") }

// OnMount marks the page ready, the signal the benchmark times, and says
// it has no Monte Carlo workers to wait for (the loader registers the
// service worker once they have loaded).
func (h *hello) OnMount(ctx app.Context) {
	body := app.Window().Get("document").Get("body")
	body.Call("setAttribute", "data-ready", "true")
	body.Call("setAttribute", "data-workers", "off")
}

func init() {
	app.Route("/", func() app.Composer { return &hello{} })
}
