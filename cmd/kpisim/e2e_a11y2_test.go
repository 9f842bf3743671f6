//go:build !wasm

package main

// Browser tests of the second accessibility review (keyboard only, a
// screen reader, 200 % zoom, forced colours): what it found, each held
// here so that it stays fixed.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
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

// ringClippedJS is JS returning a description of the focused element when
// an ancestor that clips its overflow cuts its focus ring (the outline
// and its offset, all round), or "".
const ringClippedJS = `(() => { ` + describeJS + `
	const el = document.activeElement, cs = getComputedStyle(el);
	const out = parseFloat(cs.outlineWidth) + parseFloat(cs.outlineOffset);
	const r = el.getBoundingClientRect();
	const ring = {top: r.top - out, left: r.left - out, bottom: r.bottom + out, right: r.right + out};
	for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
		const ps = getComputedStyle(p);
		if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
		const b = p.getBoundingClientRect();
		if (ring.top < b.top - 0.5 || ring.left < b.left - 0.5 || ring.bottom > b.bottom + 0.5 || ring.right > b.right + 0.5)
			return describe(el) + ' in ' + describe(p) + ' (overflow ' + ps.overflowX + ' ' + ps.overflowY + ')';
	}
	return '';
})()`

// TestLangFocusRing: the language buttons' focus ring is whole: their
// group's overflow:hidden (for its rounded corners) cut the 3 px ring to a
// sliver on the edge the two buttons share, the same for either button.
func TestLangFocusRing(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		for _, b := range []string{"ja", "en"} {
			// Tab onto the button from the control before it.
			eval[bool](t, ctx, fmt.Sprintf(`(() => { const b = document.querySelector('[data-lang=%q]'), s = document.createElement('span');
				s.tabIndex = -1; s.id = 'kbd-start'; b.before(s); s.focus(); return true })()`, b))
			key(t, ctx, kb.Tab)
			eval[bool](t, ctx, `(document.getElementById('kbd-start')?.remove(), true)`)
			if !eval[bool](t, ctx, fmt.Sprintf(`document.activeElement === document.querySelector('[data-lang=%q]') && document.activeElement.matches(':focus-visible')`, b)) {
				t.Fatalf("Tab did not focus the %s button", b)
			}
			if clipped := eval[string](t, ctx, ringClippedJS); clipped != "" {
				t.Errorf("the focus ring of %s is cut: %s", b, clipped)
			}
		}
	})
}

// lookJS is JS returning the look of the element sel (the first match),
// what tells it apart: outline, border, shadow, fill and weight.
func lookJS(sel string) string {
	return fmt.Sprintf(`(el => { const cs = getComputedStyle(el);
		return JSON.stringify({Outline: cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? '' : cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
			Border: cs.borderLeftWidth + ' ' + cs.borderLeftStyle + ' ' + cs.borderLeftColor, Shadow: cs.boxShadow, Fill: cs.backgroundColor, Weight: cs.fontWeight}) })(document.querySelector(%q))`, sel)
}

// look is what lookJS returns.
type look struct{ Outline, Border, Shadow, Fill, Weight string }

// TestTreeSelectedNotFocus: in the KPI tree list the selected node and
// the focused node look different: selection drew a 2 px ring in the
// accent colour, focus a 3 px one, the same rounded blue ring in a
// screenshot, so a keyboard user could not tell where the focus was. The
// selection now has a cue of its own (a thick bar on its left and a fill)
// and no ring: a ring is the focus's alone.
func TestTreeSelectedNotFocus(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		const sel, other = `.tree .selected > .node-box`, `.tree .node:not(.selected) > .node-box:not(:focus)`
		waitFor(t, ctx, `document.querySelector('.tree .selected > .node-box') !== null`, "no node selected")
		// Focus a node that is not the selected one, from the keyboard.
		eval[bool](t, ctx, `(() => { const b = document.querySelector('.tree .node:not(.selected) > .node-box'), s = document.createElement('span');
			b.id = 'kbd-target'; s.tabIndex = -1; s.id = 'kbd-start'; b.before(s); s.focus(); return true })()`)
		key(t, ctx, kb.Tab)
		eval[bool](t, ctx, `(document.getElementById('kbd-start')?.remove(), true)`)
		if !eval[bool](t, ctx, `document.activeElement.id === 'kbd-target' && document.activeElement.matches(':focus-visible')`) {
			t.Fatal("Tab did not focus the node")
		}
		var selected, focused, plain look
		for _, c := range []struct {
			sel string
			l   *look
		}{{sel, &selected}, {`#kbd-target`, &focused}, {other, &plain}} {
			if err := json.Unmarshal([]byte(eval[string](t, ctx, lookJS(c.sel))), c.l); err != nil {
				t.Fatal(err)
			}
		}
		eval[bool](t, ctx, `(document.getElementById('kbd-target').removeAttribute('id'), true)`)
		if focused.Outline == "" {
			t.Errorf("the focused node shows no ring: %+v", focused)
		}
		if selected.Outline != "" {
			t.Errorf("the selected node, not focused, has a ring as the focused one does: %q (focused: %q)", selected.Outline, focused.Outline)
		}
		if selected.Border == plain.Border && selected.Fill == plain.Fill && selected.Shadow == plain.Shadow {
			t.Errorf("the selected node looks like any other: %+v, another %+v", selected, plain)
		}
	})
}

// forcedColors turns the emulation of forced colours (Windows High
// Contrast, dark) on or off.
func forcedColors(t *testing.T, ctx context.Context, on bool) {
	t.Helper()
	var features []*emulation.MediaFeature
	if on {
		features = []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}, {Name: "prefers-color-scheme", Value: "dark"}}
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: features}); err != nil {
		t.Fatal(err)
	}
}

// TestForcedColors: in forced colours a pressed or current state keeps a
// cue of its own, and the charts stay legible. The browser painted every
// fill its Canvas colour: the pressed language looked like the other
// (both black, white text), the band the chance falls in was marked only
// by bold text, and the charts, drawn in light-page colours, lost their
// navy median line and grey labels on black.
func TestForcedColors(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		forcedColors(t, ctx, true)
		defer forcedColors(t, ctx, false)
		waitFor(t, ctx, `matchMedia('(forced-colors: active)').matches`, "forced colours were not emulated")
		// As drawn: the computed style keeps the page's own colours.
		for _, c := range []struct{ name, on, off string }{
			{"the pressed language", `.lang[aria-pressed="true"]`, `.lang[aria-pressed="false"]`},
			{"the current probability band", `.band[aria-current="true"]`, `.band:not([aria-current="true"])`},
		} {
			eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector(%q).scrollIntoView({block: "center"}), true)`, c.on))
			on, off := meanColor(t, ctx, c.on), meanColor(t, ctx, c.off)
			if d := math.Abs(on[0]-off[0]) + math.Abs(on[1]-off[1]) + math.Abs(on[2]-off[2]); d < 90 {
				t.Errorf("%s looks like the rest: drawn %.0f against %.0f", c.name, on, off)
			}
		}
		// The selected tree node keeps its bar (a border, which forced
		// colours keep).
		if w := eval[string](t, ctx, `getComputedStyle(document.querySelector('.tree .selected > .node-box')).borderLeftWidth`); w == eval[string](t, ctx, `getComputedStyle(document.querySelector('.tree .node:not(.selected) > .node-box')).borderLeftWidth`) {
			t.Errorf("the selected tree node's bar is gone: its left border is %s, as the others'", w)
		}
		// Every chart drawn has an opaque, light background under it.
		bad := eval[[]string](t, ctx, `[...document.querySelectorAll('.chart')].filter(c => c.checkVisibility()).filter(c => {
			const m = getComputedStyle(c).backgroundColor.match(/[\d.]+/g).map(Number);
			return (m.length > 3 && m[3] < 1) || m[0] + m[1] + m[2] < 3 * 230 }).map(c => (c.id || c.className) + ': ' + getComputedStyle(c).backgroundColor)`)
		if len(bad) > 0 {
			t.Errorf("charts without an opaque light background in forced colours: %q", bad)
		}
	})
}

// meanColor is the mean colour, RGB 0-255, of the element sel as drawn.
func meanColor(t *testing.T, ctx context.Context, sel string) [3]float64 {
	t.Helper()
	data, err := chromedp.Run(ctx, chromedp.Screenshot(sel))
	if err != nil {
		t.Fatalf("a screenshot of %s: %v", sel, err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var sum [3]float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			sum[0], sum[1], sum[2] = sum[0]+float64(r>>8), sum[1]+float64(g>>8), sum[2]+float64(bl>>8)
		}
	}
	n := float64(b.Dx() * b.Dy())
	return [3]float64{sum[0] / n, sum[1] / n, sum[2] / n}
}

// TestCompareFocusResults: Enter on "Compare now" puts the focus on the
// comparison's results heading, which a screen reader reads, once: the
// button went and the focus fell on the one in its place, "Make the
// current state the base", so nothing said the comparison had come and a
// second Enter ("did it work?") rebased it.
func TestCompareFocusResults(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		setLever(t, ctx, "close_rate", "30")
		eval[bool](t, ctx, `(document.querySelector('details.compare > summary').focus(), true)`)
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, `document.querySelector('details.compare').open && document.getElementById('compare-run') !== null`, "Enter did not open the comparison")
		eval[bool](t, ctx, `(document.getElementById('compare-run').focus(), true)`)
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, `document.querySelector('.compare-table') !== null`, "Compare now compared nothing")
		const on = `(h => !!h && document.activeElement === h)(document.querySelector('.compare-body h2'))`
		if !waitUntil(ctx, on, 5*time.Second) {
			t.Fatalf("after Compare now the focus is on %s, want the results' heading", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 160)`))
		}
		// Read as it is named: the heading's own words, and no live region
		// says the comparison a second time.
		if got, want := eval[string](t, ctx, `document.activeElement.textContent`), map[string]string{"ja": "主な結果", "en": "Answers"}[lang]; got != want {
			t.Errorf("the focused heading reads %q, want %q", got, want)
		}
		if live := eval[[]string](t, ctx, `[...document.querySelectorAll('.compare-body [aria-live], .compare-body [role=status]')].filter(e => e.textContent.trim() !== '').map(e => e.textContent)`); len(live) > 0 {
			t.Errorf("the comparison is also said by live regions: %q", live)
		}
	})
}

// listenJS starts a log (window.__said) of what the page's live regions
// would say: a polite or assertive region's new text, and an alert or
// status element put in the page with its text. It counts what a screen
// reader hears, as near as the DOM tells.
const listenJS = `(() => {
	window.__said = [];
	const live = el => el.nodeType === 1 && el.matches('[aria-live]:not([aria-live="off"]), [role=status], [role=alert], [role=log]');
	const region = n => { for (let e = n.nodeType === 1 ? n : n.parentElement; e; e = e.parentElement) if (live(e)) return e; return null };
	if (window.__listen) window.__listen.disconnect();
	window.__listen = new MutationObserver(ms => {
		const seen = new Set();
		for (const m of ms) {
			let r = region(m.target);
			if (!r) for (const n of m.addedNodes) if (n.nodeType === 1 && (live(n) || n.querySelector('[role=alert], [role=status], [aria-live]:not([aria-live="off"])'))) r = live(n) ? n : n.querySelector('[role=alert], [role=status], [aria-live]:not([aria-live="off"])');
			if (!r || seen.has(r) || !r.isConnected) continue;
			seen.add(r);
			const text = r.textContent.trim();
			if (text !== '' && !r.closest('[hidden], [inert]')) window.__said.push(text);
		}
	});
	window.__listen.observe(document.body, {subtree: true, childList: true, characterData: true});
	return true;
})()`

// said is what the live regions said since listenJS, or since the last
// call, and empties the log (after a moment for the page to catch up).
func said(t *testing.T, ctx context.Context) []string {
	t.Helper()
	do(t, ctx, chromedp.Sleep(700*time.Millisecond))
	return eval[[]string](t, ctx, `(() => { const s = window.__said || []; window.__said = []; return s })()`)
}

// typeIn focuses the field sel, selects its text and types keys, one key
// at a time, as a keyboard does.
func typeIn(t *testing.T, ctx context.Context, sel, keys string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(f => (f.focus(), f.select(), true))(document.querySelector(%q))`, sel))
	for _, k := range keys {
		key(t, ctx, string(k))
		do(t, ctx, chromedp.Sleep(120*time.Millisecond))
	}
}

// TestLeverSaidOnCommit: typing in a lever's field says nothing until the
// value is committed (Enter, or leaving the field); then the answer is said
// once, and a refused value says the rule it breaks, in the page's
// language, and not the last valid answer. The ceiling's status was said at
// each keystroke (1 → "1,041.7 a rep a day is beyond the ceiling", 15 →
// "within the ceiling"), and Enter on a refused 150 said the last valid
// answer, which sounded accepted, and never the rule.
func TestLeverSaidOnCommit(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		rule := map[string]string{"ja": "受注率", "en": "Close rate"}[lang]
		eval[bool](t, ctx, listenJS)
		const field = `[data-lever="close_rate"]`
		// A value half typed: nothing said.
		typeIn(t, ctx, field, "15")
		if got := said(t, ctx); len(got) > 0 {
			t.Errorf("typing 15 said %q before it was committed", got)
		}
		key(t, ctx, kb.Enter)
		if got := said(t, ctx); len(got) != 1 {
			t.Errorf("Enter on 15 said %q, want the answer once", got)
		}
		// A refused value: its rule, in the page's language, and nothing else.
		typeIn(t, ctx, field, "150")
		if got := said(t, ctx); len(got) > 0 {
			t.Errorf("typing 150 said %q before it was committed", got)
		}
		key(t, ctx, kb.Enter)
		errText := eval[string](t, ctx, `document.getElementById('lever-close_rate-err')?.textContent ?? ''`)
		got := said(t, ctx)
		if errText == "" || !strings.Contains(errText, rule) {
			t.Fatalf("150 was not refused with a rule naming %s: %q", rule, errText)
		}
		if len(got) != 1 || !strings.Contains(got[0], errText) {
			t.Errorf("Enter on a refused 150 said %q, want once the rule %q", got, errText)
		}
		// Leaving the field (blur) commits too: the value fixed, the answer.
		typeIn(t, ctx, field, "25")
		if got := said(t, ctx); len(got) > 0 {
			t.Errorf("typing 25 said %q before it was committed", got)
		}
		key(t, ctx, kb.Tab)
		if got := said(t, ctx); len(got) != 1 || strings.Contains(got[0], errText) {
			t.Errorf("leaving the field at 25 said %q, want the answer once", got)
		}
	})
}

// TestPresetSaidOnce: another preset chosen with the arrow keys says one
// thing per preset, the answer: the ceiling's status, the explanation's
// heading (a live region) and the answer were said together, three
// messages each time.
func TestPresetSaidOnce(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		eval[bool](t, ctx, `(document.querySelector('.tree-card').scrollIntoView(), document.querySelector('[data-control="scenario"]').focus(), true)`)
		eval[bool](t, ctx, listenJS)
		for range 2 {
			before := eval[string](t, ctx, `document.querySelector('[data-control="scenario"]').value`)
			key(t, ctx, kb.ArrowDown)
			waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-control="scenario"]').value !== %q`, before), "↓ chose no other preset")
			got := said(t, ctx)
			if len(got) != 1 {
				t.Errorf("↓ to %s said %d things, want the answer once: %q", eval[string](t, ctx, `document.querySelector('[data-control="scenario"]').value`), len(got), got)
			}
		}
		// Selecting a node still says which.
		label := eval[string](t, ctx, `(b => (b.click(), b.querySelector('.node-label').textContent))(document.querySelector('.tree .node:not(.selected) > .node-box'))`)
		if got := said(t, ctx); len(got) != 1 || !strings.Contains(got[0], label) {
			t.Errorf("selecting %s said %q, want it named once", label, got)
		}
	})
}

// TestMineSaveSaysNoAnswer: saving to My scenarios says nothing of the
// answer, which has not changed: the polite region said "Calls: 41.7 /
// rep / day. Forecast …" as the name was committed.
func TestMineSaveSaysNoAnswer(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		answer := map[string]string{"ja": "予測は", "en": "Forecast"}[lang]
		unfold(t, ctx, "details.mine")
		name := `details.mine input[type=text]`
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q) !== null`, name), "no name field in My scenarios")
		eval[bool](t, ctx, listenJS)
		typeIn(t, ctx, name, "Team")
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, `document.querySelectorAll('details.mine li').length > 0`, "Enter saved nothing")
		for _, s := range said(t, ctx) {
			if strings.Contains(s, answer) {
				t.Errorf("saving said the unchanged answer: %q", s)
			}
		}
	})
}

// TestTornadoTableShown: the tornado chart's text alternative, a table
// seen by a screen reader alone, names the levers the chart draws, in its
// order, in the page's language, follows the chart's choice (min and max,
// or ±10 %), and widens nothing on a phone.
func TestTornadoTableShown(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		resize(t, ctx, screens[0])
		lookAt(t, ctx, "chart-tornado")
		const drawn = `(c => c.getOption().yAxis[0].data.map(d => typeof d === 'object' ? d.value : d))(echarts.getInstanceByDom(document.getElementById('chart-tornado')))`
		const table = `[...document.querySelectorAll('[data-output="tornado-table"] tbody th')].map(th => th.textContent)`
		for _, mode := range []string{"", "step"} {
			if mode != "" {
				eval[bool](t, ctx, fmt.Sprintf(`(s => (s.value = %q, s.dispatchEvent(new Event('change', {bubbles: true})), true))(document.querySelector('[data-control="tornado"]'))`, mode))
				waitFor(t, ctx, `document.querySelector('[data-output="tornado-table"] thead th:nth-child(2)')?.textContent === "−10%"`, "the table did not follow ±10 %")
			}
			waitFor(t, ctx, fmt.Sprintf(`JSON.stringify(%s) === JSON.stringify(%s.slice().reverse()) || JSON.stringify(%s) === JSON.stringify(%s)`, table, drawn, table, drawn),
				fmt.Sprintf("the table's levers %v are not the chart's %v", eval[[]string](t, ctx, table), eval[[]string](t, ctx, drawn)))
			if mode != "" {
				continue
			}
			// Min and max, the widest swing first.
			first := eval[string](t, ctx, `document.querySelector('[data-output="tornado-table"] tbody th').textContent`)
			if want := map[string]string{"ja": "アポイント獲得率", "en": "Appointment rate"}[lang]; first != want {
				t.Errorf("the table's first lever is %q, want %q", first, want)
			}
		}
		if w := eval[float64](t, ctx, `document.documentElement.scrollWidth - innerWidth`); w > 0 {
			t.Errorf("the page is %v px wider than the phone", w)
		}
		if !eval[bool](t, ctx, `(c => c.checkVisibility() && c.getBoundingClientRect().width <= 1)(document.querySelector('[data-output="tornado-table"]').parentElement)`) {
			t.Error("the table is hidden from a screen reader too, or seen")
		}
	})
}
