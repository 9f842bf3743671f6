//go:build !wasm

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// The monthly plan unfolded at 1280×720 shows every column without
// scrolling sideways, in Japanese and in English, on every preset.
func TestMonthsFitLaptop(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 720), chromedp.Navigate(srv.URL+"/"))
	ready(t, ctx)
	for _, lang := range []string{"ja", "en"} {
		eval[bool](t, ctx, `(document.querySelector('[data-lang="`+lang+`"]').click(), true)`)
		for _, s := range presets() {
			t.Run(lang+"/"+s.ID, func(t *testing.T) {
				eval[bool](t, ctx, `(() => { const el = document.querySelector('[data-control="scenario"]'); el.value = "`+s.ID+`";
					el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`)
				eval[bool](t, ctx, `(() => { const d = document.querySelector('table.months').closest('details'); d.open = true; return true })()`)
				waitFor(t, ctx, `document.querySelectorAll('table.months tbody tr').length >= 12`, "the monthly plan has no rows")
				if over := eval[float64](t, ctx, `(() => { const s = document.querySelector('table.months').parentElement; return s.scrollWidth - s.clientWidth })()`); over > 0 {
					t.Errorf("the monthly plan is %v px wider than its column", over)
				}
			})
		}
	}
}
