//go:build !wasm

package main

// Browser tests of the second accessibility review (keyboard only, a
// screen reader, 200 % zoom, forced colours): what it found, each held
// here so that it stays fixed.

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// shiftTab presses Shift+Tab once.
func shiftTab(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(kb.ModifierShift)))
}

// underStripJS is JS returning, for the focused element, a description
// and how many of its pixels from the top are under the sticky answer
// strip (0 when the strip is not shown or the element is below it).
const underStripJS = `(() => { ` + describeJS + `
	const el = document.activeElement, s = document.querySelector('.strip');
	if (!el || el === document.body) return JSON.stringify({Desc: "body", Under: 0, Height: 0});
	const r = el.getBoundingClientRect();
	let under = 0;
	if (s && getComputedStyle(s).display !== 'none' && getComputedStyle(s).position === 'sticky') {
		const sr = s.getBoundingClientRect(), b = sr.bottom;
		under = Math.max(0, Math.min(r.bottom, b) - Math.max(r.top, sr.top));
		// A region taller than the window below the strip (a wide table,
		// the diagram) cannot be wholly in sight: most of it is enough.
		if (r.height > innerHeight - b && r.bottom - Math.max(r.top, b) >= (innerHeight - b) / 2) under = 0;
	}
	return JSON.stringify({Desc: describe(el), Under: under, Height: r.height});
})()`

// TestShiftTabClearsStrip: walking the page backwards with Shift+Tab, no
// focused control is hidden, even in part, under the sticky answer strip
// (WCAG 2.4.11). The browser scrolled each one just into sight at the
// top of the window, under the strip: at 200 % zoom the lever sliders
// and the tree list, on a phone the trials field, vanished behind it.
// The strip's height changes with the width (two rows on a phone), so
// each screen the strip shows on is walked, and one it does not show on.
func TestShiftTabClearsStrip(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	for _, c := range []struct {
		s    screen
		lang string
	}{
		{screens[4], "ja"}, // 1280×720 at 200 %
		{screens[0], "en"}, // 390×844
		{screens[3], "en"}, // 1280×720 at 150 %
		{screens[2], "ja"}, // 1920×1080: no strip
	} {
		t.Run(c.s.name+"/"+c.lang, func(t *testing.T) {
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			resize(t, ctx, c.s)
			pickLang(t, ctx, c.lang)
			n := eval[int](t, ctx, `(() => { `+tabbablesJS+` return controls('body').length })()`)
			// From past the page's last control, backwards.
			eval[bool](t, ctx, `(() => { const s = document.createElement('span'); s.tabIndex = -1; s.id = 'kbd-end';
				document.body.append(s); s.focus(); return true })()`)
			hidden := 0
			for i := range n {
				shiftTab(t, ctx)
				if i == 0 {
					eval[bool](t, ctx, `(document.getElementById('kbd-end')?.remove(), true)`)
				}
				var f struct {
					Desc          string
					Under, Height float64
				}
				if err := json.Unmarshal([]byte(eval[string](t, ctx, underStripJS)), &f); err != nil {
					t.Fatal(err)
				}
				if f.Desc == "body" {
					break
				}
				if f.Under > 0.5 {
					hidden++
					t.Errorf("Shift+Tab step %d: %s has %.0f of its %.0f px under the answer strip", i+1, f.Desc, f.Under, f.Height)
				}
			}
			t.Logf("%d controls walked backwards, %d under the strip", n, hidden)
		})
	}
}
