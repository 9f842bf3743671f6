//go:build wasm

package main

import (
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/ui"
)

// In the browser, main only routes: the Handler, the site generator and
// net/http stay in the native build, which halves the wasm binary. In a
// Web Worker (web/mc.js) it draws Monte Carlo streams for the page, and
// parses its large CSV exports.
func main() {
	if ui.IsWorker() {
		ui.ServeWorker()
		return
	}
	app.Window().Get("performance").Call("mark", "kpisim-main") // its package init done
	// A slider move allocates about 80 KB (the figures' view), and the
	// collector's cycles were most of its slow moves: at the default
	// GOGC, 13–15 of 300 moves took over 4 ms at CPU 1×; at 400, 2–6,
	// and the page's memory grows from 15 to 26 MB. The limit bounds it.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(96 << 20)
	app.Route("/", func() app.Composer { return &ui.Page{} })
	app.RunWhenOnBrowser()
}
