//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/ui"
)

// In the browser, main only routes: the Handler, the site generator and
// net/http stay in the native build, which halves the wasm binary. In a
// Web Worker (web/mc.js) it draws Monte Carlo streams for the page.
func main() {
	if ui.IsWorker() {
		ui.ServeWorker()
		return
	}
	app.Window().Get("performance").Call("mark", "kpisim-main") // its package init done
	app.Route("/", func() app.Composer { return &ui.Page{} })
	app.RunWhenOnBrowser()
}
