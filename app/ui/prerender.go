//go:build !wasm

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// Prerendered is the page's HTML in language l as the site generator
// writes it into index.html: the route's page renders in Japanese, and a
// visitor who reads English sees this one while app.wasm loads (cmd/kpisim
// pwa.go). It is the page go-app's server renders, loaded the same way (its
// dispatches run), in l.
func Prerendered(l i18n.Lang) string {
	p := &Page{prerender: l}
	e := app.NewTestEngine()
	if err := e.Load(p); err != nil {
		return ""
	}
	e.ConsumeAll()
	return app.HTMLString(p)
}
