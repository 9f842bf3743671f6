//go:build !wasm

package main

import (
	"testing"
)

// ?lang=ja or ?lang=en in the address opens the page in that language,
// from its first paint, whatever the browser's; a language picked then
// takes ?lang out of the address, so a reload keeps the pick. The address's
// language had been ignored: a trainer's link for the room opened in each
// browser's own.
func TestAddressNamesLanguage(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, c := range []struct{ lang, other, h1 string }{{"ja", "en", "KPIシミュレーター"}, {"en", "ja", "KPI simulator"}} {
		t.Run(c.lang, func(t *testing.T) {
			ctx := browser(t)
			navigate(t, ctx, srv.URL+"/?lang="+c.lang)
			// The first paint: the pre-rendered page in that language.
			if got := eval[string](t, ctx, `document.documentElement.dataset.bootLang || document.documentElement.lang`); got != c.lang {
				t.Errorf("the first paint is in %q", got)
			}
			ready(t, ctx)
			waitFor(t, ctx, `document.documentElement.lang === "`+c.lang+`" && document.querySelector("h1").textContent === "`+c.h1+`"`, "the page does not open in "+c.lang)
			eval[bool](t, ctx, `(document.querySelector('[data-lang="`+c.other+`"]').click(), true)`)
			waitFor(t, ctx, `document.documentElement.lang === "`+c.other+`" && !location.search.includes("lang=")`, "the pick did not take ?lang out of the address")
			eval[bool](t, ctx, `(window.kpisimBefore = true, location.reload(), true)`)
			waitFor(t, ctx, `!window.kpisimBefore`, "the page did not reload")
			ready(t, ctx)
			waitFor(t, ctx, `document.documentElement.lang === "`+c.other+`"`, "a reload after the pick opened the address's language")
		})
	}
}
