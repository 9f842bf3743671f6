//go:build !wasm

package main

import (
	"regexp"
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
				// A preset names no year: its months carry the plan year
				// running today (scenario.Presets.Dated).
				if first := eval[string](t, ctx, `document.querySelector('table.months tbody tr th').textContent`); !regexp.MustCompile(`\b20\d\d\b|20\d\d年`).MatchString(first) {
					t.Errorf("the plan's first month %q has no year", first)
				}
				// The sticky inputs never cover a column of the plan.
				if overlap := eval[bool](t, ctx, `(() => { const a = document.querySelector('table.months').getBoundingClientRect(),
					b = document.querySelector('.levers').getBoundingClientRect();
					return getComputedStyle(document.querySelector('.levers')).display !== "none" &&
						a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom })()`); overlap {
					t.Error("the inputs panel covers the monthly plan", eval[string](t, ctx, `JSON.stringify([document.querySelector("table.months").getBoundingClientRect(), document.querySelector(".levers").getBoundingClientRect(), getComputedStyle(document.querySelector(".levers")).gridRowStart, getComputedStyle(document.querySelector(".levers")).gridRowEnd, getComputedStyle(document.querySelector(".months-card")).gridRowStart])`))
				}
				if s.ID == "outbound" {
					eval[bool](t, ctx, `(document.querySelector('table.months').scrollIntoView(), true)`)
					screenshot(t, ctx, "months-"+lang)
				}
				if over := eval[float64](t, ctx, `(() => { const s = document.querySelector('table.months').parentElement; return s.scrollWidth - s.clientWidth })()`); over > 0 {
					t.Errorf("the monthly plan is %v px wider than its column", over)
				}
			})
		}
	}
}
