//go:build !wasm

package main

// Browser tests of issue 12's accessibility paragraph: axe-core (npm,
// pinned in testdata/axe, installed by make) finds no serious or critical
// violation on the main page, with the monthly plan open, and in the
// presentation mode, in Japanese and English, on a projector and a phone;
// and every control is reached by Tab, in document order, with a visible
// focus, and the presentation is driven by keys alone.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/kpisim/kpisim/app/i18n"
)

// axePath is axe-core's browser bundle as make installs it (never served).
var axePath = filepath.Join("..", "..", "testdata", "axe", "node_modules", "axe-core", "axe.min.js")

var axeSrc = sync.OnceValues(func() ([]byte, error) { return os.ReadFile(axePath) })

// needAxe skips (or, under make test, fails) when axe-core is not installed.
func needAxe(t *testing.T) {
	t.Helper()
	if _, err := axeSrc(); err != nil {
		if os.Getenv("KPISIM_E2E") != "" {
			t.Fatalf("the accessibility tests need %s (make unit installs it): %v", axePath, err)
		}
		t.Skipf("the accessibility tests need %s; make unit installs it", axePath)
	}
}

// axeViolation is the part of axe-core's result the test reports.
type axeViolation struct {
	ID, Impact, Help, HelpURL string
	Nodes                     []struct {
		Target         []any
		FailureSummary string
	}
}

// axeOptions is what axe.run is given: violations only, and the rules as
// axe-core ships them (none disabled).
const axeOptions = `{resultTypes: ['violations']}`

// axeCheck runs axe-core on the page as it is and fails on every violation
// of impact serious or critical, and those of the rules strict names at
// any impact; the lesser ones are logged.
func axeCheck(t *testing.T, ctx context.Context, where string, strict ...string) {
	t.Helper()
	src, _ := axeSrc()
	// Evaluated as a DevTools expression, not added as a <script>: the
	// page's Content-Security-Policy may refuse an injected script. A
	// navigation drops it, so it is evaluated again when missing.
	if !eval[bool](t, ctx, `typeof window.axe === "object"`) {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
			t.Fatalf("%s: injecting axe-core: %v", where, err)
		}
	}
	// The ECharts instances draw into a <canvas> inside their host <div>;
	// the host carries the chart's name (role="img" and aria-label), and
	// axe-core checks it like any element: nothing is excluded.
	js := `axe.run(document, ` + axeOptions + `).then(r => JSON.stringify(r.violations))`
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe.run: %v", where, err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("%s: axe.run's result: %v", where, err)
	}
	for _, v := range vs {
		serious := v.Impact == "serious" || v.Impact == "critical" || slices.Contains(strict, v.ID)
		var targets []string
		for _, n := range v.Nodes {
			target := fmt.Sprint(n.Target...)
			// The first reason axe-core gives (after "Fix any/all of the following:").
			if lines := strings.Split(n.FailureSummary, "\n"); serious && len(lines) > 1 {
				target += ": " + strings.TrimSpace(lines[1])
			}
			targets = append(targets, target)
		}
		msg := fmt.Sprintf("%s: %s (%s) %s: %s\n\t%s", where, v.ID, v.Impact, v.Help, v.HelpURL, strings.Join(targets, "\n\t"))
		if serious {
			t.Error(msg)
		} else {
			t.Log(msg)
		}
	}
}

// TestAccessibility: axe-core on the main page (after data-ready), with
// the share dialog open, with the monthly plan open, and in the
// presentation mode (with a figure hidden too), in Japanese and English,
// at 1280×720 and 390×844.
func TestAccessibility(t *testing.T) {
	needBrowser(t)
	needAxe(t)
	srv := serve(t, "/")
	ctx := browser(t)
	for _, size := range []screen{{"1280x720", 1280, 720, 1}, {"390x844", 390, 844, 1}} {
		do(t, ctx, chromedp.EmulateViewport(size.w, size.h))
		for _, lang := range []string{"ja", "en"} {
			if size.w < 800 && lang == "en" {
				continue // the phone in Japanese alone (CI's time is short)
			}
			where := func(s string) string { return fmt.Sprintf("%s %s %s", s, lang, size.name) }
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, lang)
			waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q`, lang), "the page never spoke "+lang)
			axeCheck(t, ctx, where("main page"))
			if missing := notInAXTree(t, ctx); len(missing) > 0 {
				t.Errorf("%s: headings shown but not in the accessibility tree (a screen reader cannot reach them): %q", where("main page"), missing)
			}

			// The share dialog, opened and closed by keyboard.
			eval[bool](t, ctx, `(document.getElementById('share-open').focus(), true)`)
			key(t, ctx, kb.Enter)
			waitFor(t, ctx, `document.querySelector('.share-dialog') !== null`, "Enter on Share did not open its dialog")
			axeCheck(t, ctx, where("share dialog"))
			key(t, ctx, kb.Escape)
			waitFor(t, ctx, `document.querySelector('.share-dialog') === null`, "Esc did not close the share dialog")

			// A file opened says so in a notice, with its Close.
			file, _ := filepath.Abs("../../scenarios/outbound.yaml")
			do(t, ctx, chromedp.SetUploadFiles(`#file-open`, []string{file}))
			waitFor(t, ctx, `document.querySelector('.share-notice .share-dismiss') !== null`, "opening a file showed no notice")

			// The tree editor, opened on the goal's node (issue 11).
			eval[bool](t, ctx, `(document.querySelector('[data-editor="toggle"]').click(), true)`)
			waitFor(t, ctx, `document.querySelector('#editor-body .editor-pick') !== null`, "the editor did not open")
			axeCheck(t, ctx, where("tree editor"))
			eval[bool](t, ctx, `(document.querySelector('[data-editor="toggle"]').click(), true)`)

			eval[bool](t, ctx, `(document.querySelector('details.months-card').open = true, true)`)
			waitFor(t, ctx, `document.querySelectorAll('table.months tbody tr').length > 0`, "the monthly plan did not open")
			axeCheck(t, ctx, where("monthly plan"))
			// The other folded sections, built once unfolded.
			unfold(t, ctx, "details.actuals-table")
			unfold(t, ctx, "details.smart-all")
			waitFor(t, ctx, `document.querySelector('table.entry tbody tr') !== null && document.querySelector('.smart-all-list li') !== null`, "the actuals table and the SMART reasons did not unfold")
			axeCheck(t, ctx, where("actuals table and SMART reasons"))
			// The comparison: its table's corner named, its headings at the
			// page's level (an empty <th> and an h3 under no h2 before).
			eval[bool](t, ctx, `(document.querySelector('details.compare').open = true, document.getElementById('compare-run').click(), true)`)
			waitFor(t, ctx, `document.querySelector('.compare-table thead th') !== null`, "the comparison did not open")
			axeCheck(t, ctx, where("comparison"), "empty-table-header", "heading-order")
			// Every button shown has the page's look: the tree card's
			// Present and Print, the actuals' Clear and the notice's Close
			// were the browser's own grey, square buttons (its ButtonFace).
			if plain := eval[[]string](t, ctx, `[...document.querySelectorAll('button')].filter(b => b.checkVisibility() &&
				getComputedStyle(b).backgroundColor === 'rgb(239, 239, 239)').map(b => b.textContent.trim())`); len(plain) > 0 {
				t.Errorf("%s: buttons in the browser's own style: %q", where("page"), plain)
			}

			navigate(t, ctx, srv.URL+"/?present")
			waitFor(t, ctx, `document.querySelector('.present [data-present="title"]') !== null && (e => e && echarts.getInstanceByDom(e))(document.getElementById('present-tree')) !== undefined`,
				"?present did not open the presentation mode")
			waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q`, lang), "the presentation never spoke "+lang)
			axeCheck(t, ctx, where("presentation"))
			// A figure hidden for the room to guess shows the guess field.
			key(t, ctx, "h")
			waitFor(t, ctx, `document.querySelector('[data-present="guess"]') !== null`, "H did not hide the figure")
			axeCheck(t, ctx, where("presentation, a figure hidden"))
			key(t, ctx, kb.Escape)
			waitFor(t, ctx, `document.querySelector('.present') === null`, "Esc did not leave")
		}
	}
}

// notInAXTree lists the page's headings shown (in no closed <details>, not
// hidden) that the browser's accessibility tree does not hold: axe reads
// the DOM, a screen reader this tree. A card skipped for content-visibility
// (off screen) was out of it: six sections, KPI tree to the year so far,
// could not be found until scrolled near.
func notInAXTree(t *testing.T, ctx context.Context) []string {
	t.Helper()
	shown := eval[[]string](t, ctx, `[...document.querySelectorAll("h1, h2, h3, h4, [role=heading]")].filter(h => h.checkVisibility({visibilityProperty: true})).map(h => h.textContent.trim())`)
	res, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatalf("the accessibility tree: %v", err)
	}
	in := map[string]bool{}
	for _, n := range res.Nodes {
		if n.Ignored || n.Role == nil || n.Name == nil || string(n.Role.Value) != `"heading"` {
			continue
		}
		var name string
		if json.Unmarshal(n.Name.Value, &name) == nil {
			in[strings.TrimSpace(name)] = true
		}
	}
	var missing []string
	for _, h := range shown {
		if !in[h] {
			missing = append(missing, h)
		}
	}
	return missing
}

// tabbablesJS defines controls(root): every control a keyboard user
// should reach in root (a selector), visible and enabled, in document
// order. A closed <details> hides all but its summary (checkVisibility);
// a card off screen (content-visibility: auto) is only not laid out yet:
// Tab reaches its controls, so they count.
// The list is taken afresh at each step: a re-render may replace elements.
const tabbablesJS = `const controls = root => [...document.querySelector(root).querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
	.filter(el => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && el.getClientRects().length > 0 &&
		el.checkVisibility({visibilityProperty: true}));`

// focusInfo is what the test reads of the focused element.
type focusInfo struct {
	Index    int     // its place among root's controls, -1 when not one
	Desc     string  // tag, id, data-* and class, to name it
	Visible  bool    // :focus-visible matches
	Ring     string  // outline and box-shadow while focused
	Contrast float64 // of the outline's colour against the background around it
	InView   bool    // its centre is on screen and not under another element (a sticky bar)
}

// describeJS names an element el for a failure message.
const describeJS = `const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
	[...el.attributes].filter(a => a.name.startsWith('data-') && a.value.length < 40).map(a => '[' + a.name + '="' + a.value + '"]').join('') +
	(typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');`

// focusedJS is JS returning the focusInfo of document.activeElement in
// root as JSON.
func focusedJS(root string) string {
	return fmt.Sprintf(`((root) => {
	%s
	%s
	const rgb = s => (s.match(/[\d.]+/g) || [0, 0, 0, 0]).map(Number);
	const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 };
		return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]) };
	const el = document.activeElement, cs = getComputedStyle(el);
	// The background the ring is drawn on: the first one not transparent
	// from the element's parent up (the ring sits outside the element).
	let bg = [255, 255, 255];
	for (let p = el.parentElement; p; p = p.parentElement) {
		const c = rgb(getComputedStyle(p).backgroundColor);
		if (c.length < 4 || c[3] > 0.5) { bg = c; break }
	}
	const oc = rgb(cs.outlineColor), a = lum(oc), b = lum(bg);
	const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
	const top = document.elementFromPoint(x, y);
	return JSON.stringify({
		Index: controls(root).indexOf(el), Desc: describe(el), Visible: el.matches(':focus-visible'),
		Ring: cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? (cs.boxShadow === 'none' ? '' : 'box-shadow ' + cs.boxShadow)
			: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor + (cs.boxShadow === 'none' ? '' : ' + ' + cs.boxShadow),
		Contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
		InView: x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight && top !== null && (el.contains(top) || top.contains(el)),
	});
})(%q)`, describeJS, tabbablesJS, root)
}

// restingRing is JS returning the outline and box-shadow of control i of
// root when it has no focus.
func restingRing(root string, i int) string {
	return fmt.Sprintf(`(() => { %s const el = controls(%q)[%d]; if (!el) return "gone";
		const cs = getComputedStyle(el);
		return (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? (cs.boxShadow === 'none' ? '' : 'box-shadow ' + cs.boxShadow)
			: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor + (cs.boxShadow === 'none' ? '' : ' + ' + cs.boxShadow)) })()`, tabbablesJS, root, i)
}

// tabWalk presses Tab from just before root through every control of root
// and checks that each control receives focus once, in document order,
// with a visible focus ring that differs from its resting look and stands
// out from the background around it (3:1), in sight.
func tabWalk(t *testing.T, ctx context.Context, where, root string) {
	t.Helper()
	n := eval[int](t, ctx, fmt.Sprintf(`(() => { %s return controls(%q).length })()`, tabbablesJS, root))
	if n == 0 {
		t.Fatalf("%s: no controls in %s", where, root)
	}
	// Start just before root: focus a stop put there for the purpose (Tab
	// goes on from the focused element), then take it away.
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const r = document.querySelector(%q), s = document.createElement('span');
		s.tabIndex = -1; s.id = 'kbd-start'; r === document.body ? r.prepend(s) : r.before(s); s.focus(); return true })()`, root))
	var seen []focusInfo
	for range n + 10 {
		key(t, ctx, kb.Tab)
		eval[bool](t, ctx, `(document.getElementById('kbd-start')?.remove(), true)`)
		var f focusInfo
		if err := json.Unmarshal([]byte(eval[string](t, ctx, focusedJS(root))), &f); err != nil {
			t.Fatal(err)
		}
		if f.Index < 0 {
			// Past root's last control: the walk is over.
			break
		}
		seen = append(seen, f)
		if f.Index == n-1 {
			break
		}
	}
	next := 0
	for _, f := range seen {
		if f.Index != next {
			t.Errorf("%s: Tab went to control %d (%s), want control %d next: focus order is not document order, or a control was skipped", where, f.Index, f.Desc, next)
			next = f.Index
		}
		next++
		resting := ""
		if f.Ring != "" {
			eval[bool](t, ctx, `(document.activeElement.blur(), true)`)
			resting = eval[string](t, ctx, restingRing(root, f.Index))
		}
		switch {
		case !f.Visible:
			t.Errorf("%s: %s has focus from the keyboard but :focus-visible does not match", where, f.Desc)
		case f.Ring == "" || f.Ring == resting:
			t.Errorf("%s: %s shows no focus: ring %q focused, %q at rest", where, f.Desc, f.Ring, resting)
		case strings.HasPrefix(f.Ring, "box-shadow"):
			// A shadow ring: its colour is not the outline's; it differs from rest.
		case f.Contrast < 3:
			t.Errorf("%s: %s: its focus ring %s stands out %.2f:1 from the background, want 3:1", where, f.Desc, f.Ring, f.Contrast)
		}
		if !f.InView {
			t.Errorf("%s: %s has focus but is out of sight or under another element", where, f.Desc)
		}
	}
	if next < n {
		t.Errorf("%s: Tab reached %d of the %d controls; the next not reached: %s", where, next, n,
			eval[string](t, ctx, fmt.Sprintf(`(() => { %s %s return describe(controls(%q)[%d]) })()`, describeJS, tabbablesJS, root, next)))
	}
	t.Logf("%s: %d controls, %d Tab stops", where, n, len(seen))
}

// TestKeyboard: every control of the page and of the presentation is
// reached by Tab in document order with a visible focus; a summary opens
// with Enter; the presentation opens from its button by keyboard and is
// driven by → ← H R and Esc, and its buttons work with Enter and Space.
func TestKeyboard(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	for _, size := range []screen{{"1280x720", 1280, 720, 1}, {"390x844", 390, 844, 1}} {
		do(t, ctx, chromedp.EmulateViewport(size.w, size.h))
		navigate(t, ctx, srv.URL+"/")
		ready(t, ctx)
		pickLang(t, ctx, "en")
		tabWalk(t, ctx, "main page "+size.name, "body")

		// A slider says its value with its unit ("25 %", not 25), and the
		// new one once a key has moved it (the fast path writes it too).
		const slider = `document.querySelector('[data-lever="close_rate"]').closest('.lever').querySelector('input[type=range]')`
		if got := eval[string](t, ctx, slider+`.getAttribute('aria-valuetext')`); got != "25 %" {
			t.Errorf("%s: the close rate's slider says %q, want \"25 %%\"", size.name, got)
		}
		eval[bool](t, ctx, `(`+slider+`.focus(), true)`)
		key(t, ctx, kb.ArrowRight)
		waitFor(t, ctx, slider+`.getAttribute('aria-valuetext') === document.querySelector('[data-lever="close_rate"]').value + " %" && `+slider+`.getAttribute('aria-valuetext') !== "25 %"`,
			"the slider moved by a key does not say its new value with its unit")
		key(t, ctx, kb.ArrowLeft)
		waitFor(t, ctx, slider+`.getAttribute('aria-valuetext') === "25 %"`, "the slider moved back does not say 25 %")
		if size.w < 500 { // the phone, where the lever's message was screens below
			leverAccessible(t, ctx, size.name)
		}

		// The monthly plan opens and closes with Enter on its summary (the
		// page remembers it open from the last size); its table is next.
		const plan = `document.querySelector('details.months-card')`
		eval[bool](t, ctx, `(`+plan+`.querySelector('summary').focus(), true)`)
		if eval[bool](t, ctx, plan+`.open`) {
			key(t, ctx, kb.Enter)
			// Closed, and the page has caught up (it drops the rows once
			// its state says closed): only then is the next Enter an opening.
			waitFor(t, ctx, `!`+plan+`.open && document.querySelectorAll('table.months tbody tr').length === 0`, "Enter on the summary did not close the monthly plan")
		}
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, plan+`.open && document.querySelectorAll('table.months tbody tr').length > 0`, "Enter on the summary did not open the monthly plan")
		tabWalk(t, ctx, "monthly plan open "+size.name, "details.months-card")

		// Present: the button, by keyboard.
		eval[bool](t, ctx, `(document.querySelector('[data-present="open"]').focus(), true)`)
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, `document.querySelector('.present [data-present="title"]') !== null`, "Enter on Present did not open the presentation")
		const count = `document.querySelector('[data-present="count"]').textContent`
		tabWalk(t, ctx, "presentation "+size.name, ".present")
		key(t, ctx, kb.ArrowRight)
		waitFor(t, ctx, count+`.startsWith("2 /")`, "→ did not advance")
		key(t, ctx, kb.ArrowLeft)
		waitFor(t, ctx, count+`.startsWith("1 /")`, "← did not go back")
		// The bar's buttons act as they say with Enter and with Space.
		for _, k := range []string{kb.Enter, " "} {
			eval[bool](t, ctx, `(document.querySelector('[data-present="next"]').focus(), true)`)
			key(t, ctx, k)
			waitFor(t, ctx, count+`.startsWith("2 /")`, fmt.Sprintf("%q on Next did not advance", k))
			eval[bool](t, ctx, `(document.querySelector('[data-present="back"]').focus(), true)`)
			key(t, ctx, k)
			waitFor(t, ctx, count+`.startsWith("1 /")`, fmt.Sprintf("%q on Back did not go back", k))
		}
		eval[bool](t, ctx, `(document.activeElement.blur(), true)`)
		key(t, ctx, "h")
		waitFor(t, ctx, `document.querySelector('.present-figure[data-hidden="true"]')?.textContent === "?"`, "H did not hide the figure")
		tabWalk(t, ctx, "presentation with a guess field "+size.name, ".present")
		key(t, ctx, "r")
		waitFor(t, ctx, `document.querySelector('.present-figure[data-hidden="true"]') === null && document.querySelector('[data-present="result"]') !== null`, "R did not reveal")
		key(t, ctx, kb.Escape)
		waitFor(t, ctx, `document.querySelector('.present') === null && document.querySelector('[data-lever]') !== null`, "Esc did not leave")
		// Back on the page, the focus is where the presenter left it: on Present.
		waitFor(t, ctx, `document.activeElement?.dataset.present === "open"`, "after Esc the focus is lost (not on the Present button)")
	}
}

// behindShare marks (id behind-share) a lever's slider in sight below the
// share dialog and is where a click on it lands, with its value: [x, y,
// value]. (Under a modal dialog the page is out of hit testing: that the
// point is the slider's is checked once the dialog is closed.)
const behindShare = `(() => { const d = document.querySelector('.share-dialog').getBoundingClientRect();
	document.getElementById("behind-share")?.removeAttribute("id");
	const s = [...document.querySelectorAll('.lever input[type=range]')].find(s => (r => r.top > d.bottom + 8 && r.bottom < innerHeight - 8)(s.getBoundingClientRect()));
	if (!s) return [];
	s.id = "behind-share";
	const r = s.getBoundingClientRect(), x = r.left + r.width * 0.9, y = r.top + r.height / 2;
	return [x, y, Number(s.value)] })()`

// TestKeyboardFocusAfterActions: a control that goes away, or is disabled,
// as it acts leaves the focus on a control that makes sense, never on
// <body>: the share dialog's Close gives it back to Share (as Esc did);
// Compare to the results' heading (it fell on the button in its place,
// "Make the current state the base": TestCompareFocusResults), "Stop
// comparing" (which folds the comparison) to its heading;
// "Make base" to the column's Base badge; Undo with nothing left to undo
// to Redo, and Redo with nothing left to redo to Undo. Each was <body>.
func TestKeyboardFocusAfterActions(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	// press focuses the element sel and presses Enter, as a keyboard does.
	press := func(sel string) {
		t.Helper()
		waitFor(t, ctx, fmt.Sprintf(`(el => !!el && !el.disabled)(document.querySelector(%q))`, sel), "no "+sel+" to press")
		if !eval[bool](t, ctx, fmt.Sprintf(`(el => (el.focus(), document.activeElement === el))(document.querySelector(%q))`, sel)) {
			t.Fatalf("%s takes no focus", sel)
		}
		key(t, ctx, kb.Enter)
	}
	// focusOn waits for the focus to rest on sel (a moment's <body>, as an
	// element is replaced, is not the end).
	focusOn := func(after, sel string) {
		t.Helper()
		if !waitUntil(ctx, fmt.Sprintf(`document.activeElement === document.querySelector(%q)`, sel), 5*time.Second) {
			t.Errorf("after %s the focus is on %s, want %s", after, eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 160)`), sel)
		}
	}

	// The share dialog is modal: Tab goes round its controls (it left for
	// the controls hidden under it, where Esc no longer closed it), Esc
	// closes it and gives the focus back to Share; in either language.
	for _, lang := range []string{"ja", "en"} {
		pickLang(t, ctx, lang)
		press("#share-open")
		focusOn("Share", "#share-link")
		if m := eval[string](t, ctx, `String(document.querySelector('.share-dialog').getAttribute('aria-modal'))`); m != "true" {
			t.Errorf("%s: the share dialog has aria-modal=%s, want true", lang, m)
		}
		// The page behind is inert to the mouse too: a real click on a
		// slider there, below the dialog, moves neither the slider nor the
		// focus (it worked the slider, and took the focus out of the
		// dialog).
		at := eval[[]float64](t, ctx, behindShare)
		if len(at) != 3 {
			t.Fatalf("%s: no slider in sight below the share dialog", lang)
		}
		do(t, ctx, chromedp.MouseClickXY(at[0], at[1]))
		time.Sleep(300 * time.Millisecond) // what the click would have done, done
		if got := eval[string](t, ctx, `(s => s.value + " " + document.activeElement.id + " " + !!document.querySelector('.share-dialog'))(document.getElementById("behind-share"))`); got != fmt.Sprint(at[2])+" share-link true" {
			t.Errorf("%s: a click behind the share dialog left the slider, the focus and the dialog as %q, want %v share-link true", lang, got, at[2])
		}
		eval[bool](t, ctx, `(document.getElementById('share-close').focus(), true)`)
		key(t, ctx, kb.Tab)
		focusOn(lang+": Tab on the share dialog's Close", "#share-link")
		do(t, ctx, chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(kb.ModifierShift)))
		focusOn(lang+": Shift+Tab on the share dialog's link", "#share-close")
		key(t, ctx, kb.Escape)
		waitFor(t, ctx, `document.querySelector('.share-dialog') === null`, lang+": Esc did not close the share dialog")
		focusOn(lang+": Esc in the share dialog", "#share-open")
		// Closed, the page behind takes a click again.
		if !eval[bool](t, ctx, fmt.Sprintf(`document.elementFromPoint(%v, %v) === document.getElementById("behind-share")`, at[0], at[1])) {
			t.Errorf("%s: with the share dialog closed, the slider behind it takes no click", lang)
		}
	}
	press("#share-open")
	focusOn("Share", "#share-link")
	press("#share-close")
	focusOn("the share dialog's Close", "#share-open")

	setLever(t, ctx, "close_rate", "20")
	waitFor(t, ctx, `!document.getElementById("undo").disabled`, "the change gave nothing to undo")
	press("#undo")
	waitFor(t, ctx, `document.getElementById("undo").disabled`, "one Undo left more to undo")
	focusOn("the last Undo", "#redo")
	press("#redo")
	waitFor(t, ctx, `document.getElementById("redo").disabled`, "one Redo left more to redo")
	focusOn("the last Redo", "#undo")

	time.Sleep(500 * time.Millisecond) // the comparison's base is kept at the next tick
	eval[bool](t, ctx, `(document.querySelector("details.compare").open = true, true)`)
	press("#compare-run")
	waitFor(t, ctx, `document.querySelector(".compare-make-base") !== null`, "no comparison of two columns")
	focusOn("Compare", "#compare-results")
	col := eval[string](t, ctx, `document.querySelector(".compare-make-base").dataset.compareCol`)
	press(".compare-make-base")
	focusOn("Make base", fmt.Sprintf(`.compare-table th[data-compare-col="%s"] .compare-badge`, col))
	press("#compare-clear")
	waitFor(t, ctx, `document.querySelector(".compare-body") === null`, "Stop comparing did not stop")
	focusOn("Stop comparing", "details.compare > summary")
}

// sectionsJS lists the layout's sections (the main grid's items: the
// results' children and the inputs' column) in document order, the order
// Tab and a screen reader take, with where each is drawn.
const sectionsJS = `(() => {
	const items = [];
	for (const el of document.querySelector('main.layout').children) {
		for (const it of getComputedStyle(el).display === 'contents' ? el.children : [el]) {
			const r = it.getBoundingClientRect();
			if (r.height > 0) items.push({name: it.className || it.tagName, top: Math.round(r.top + scrollY), left: Math.round(r.left)});
		}
	}
	return JSON.stringify(items);
})()`

// TestFocusFollowsLayout: the keyboard and a screen reader meet the
// sections in the order the eye does. On one column (a phone, a laptop at
// 200 %) each section comes after the one drawn above it: the inputs,
// drawn right after the answer, were last in the document, so Tab and a
// screen reader reached them after every chart, table and the year so far.
// On two columns the inputs follow the answer beside them.
func TestFocusFollowsLayout(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	for _, s := range []screen{screens[0], screens[4], screens[1]} {
		for _, lang := range []string{"ja", "en"} {
			t.Run(s.name+"/"+lang, func(t *testing.T) {
				navigate(t, ctx, srv.URL+"/")
				ready(t, ctx)
				resize(t, ctx, s)
				pickLang(t, ctx, lang)
				var items []struct {
					Name      string
					Top, Left int
				}
				if err := json.Unmarshal([]byte(eval[string](t, ctx, sectionsJS)), &items); err != nil {
					t.Fatal(err)
				}
				names := make([]string, len(items))
				levers, summary := -1, -1
				oneColumn := true
				for i, it := range items {
					names[i] = it.Name
					switch strings.Fields(it.Name)[0] {
					case "levers-col":
						levers = i
					case "summary":
						summary = i
					}
					if it.Left > 100 { // a second column
						oneColumn = false
					}
				}
				if levers < 0 || summary < 0 || levers != summary+1 {
					t.Errorf("sections in document order %v: want the inputs (levers-col) right after the answer (summary)", names)
				}
				if !oneColumn {
					return
				}
				for i := 1; i < len(items); i++ {
					if items[i].Top < items[i-1].Top {
						t.Errorf("%s comes after %s in the document but is drawn above it (%d < %d px): sections %v", items[i].Name, items[i-1].Name, items[i].Top, items[i-1].Top, names)
					}
				}
			})
		}
	}
}

// TestPresentFocus: the presentation is a dialog named in the page's
// language that holds the keyboard's focus: Enter on Present put the focus
// on the page's body (the button gone, nothing in the mode focused), and
// Next, disabled at the last step, dropped it there too, as did Enter in a
// guess (the field gone with the reveal). Esc gives it back to the Present
// button.
func TestPresentFocus(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 720))
	navigate(t, ctx, srv.URL+"/")
	ready(t, ctx)
	const inMode = `(document.activeElement && document.activeElement !== document.body && !!document.activeElement.closest('.present'))`
	const count = `document.querySelector('[data-present="count"]').textContent`
	for _, lang := range []string{"ja", "en"} {
		pickLang(t, ctx, lang)
		title := eval[string](t, ctx, `document.querySelector('[data-control="scenario"]').selectedOptions[0].text`)
		eval[bool](t, ctx, `(document.querySelector('[data-present="open"]').focus(), true)`)
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, `document.querySelector('.present [data-present="title"]') !== null`, "Enter on Present did not open the presentation")
		waitFor(t, ctx, inMode, lang+": on opening the presentation the focus is not in it")
		mode := eval[[]string](t, ctx, `(m => [m.getAttribute('role'), m.getAttribute('aria-modal'), m.getAttribute('aria-label')])(document.querySelector('.present'))`)
		if want := fmt.Sprintf(i18n.Lang(lang).T("present.label"), title); mode[0] != "dialog" || mode[1] != "true" || mode[2] != want {
			t.Errorf("%s: the mode is role=%q aria-modal=%q aria-label=%q; want a modal dialog named %q", lang, mode[0], mode[1], mode[2], want)
		}
		// Next pressed to the last step and once more: the focus stays on it.
		eval[bool](t, ctx, `(document.querySelector('[data-present="next"]').focus(), true)`)
		n := eval[int](t, ctx, `Number(`+count+`.split(" / ")[1])`)
		// The second time, the mode opens at the step it was left at: the
		// last (TestWorkshopPresent).
		start := eval[int](t, ctx, `Number(`+count+`.split(" / ")[0])`)
		if want := map[bool]int{true: 1, false: n}[lang == "ja"]; start != want {
			t.Errorf("%s: the presentation opened at %d / %d, want %d", lang, start, n, want)
		}
		for i := start; i <= n; i++ {
			key(t, ctx, kb.Enter)
			waitFor(t, ctx, fmt.Sprintf(count+` === "%d / %d"`, min(i+1, n), n), "Enter on Next did not advance")
		}
		waitFor(t, ctx, `document.activeElement?.dataset.present === "next" && document.activeElement.getAttribute('aria-disabled') === "true"`,
			lang+": at the last step the focus left Next, or Next does not say it does nothing")
		// A guess typed and Enter reveal the figure: the field goes, the
		// focus stays in the mode (it fell to the page's body).
		key(t, ctx, "h")
		waitFor(t, ctx, `document.querySelector('[data-present="guess"]') !== null`, lang+": H at the last step offers no guess")
		eval[bool](t, ctx, `(document.querySelector('[data-present="guess"]').focus(), true)`)
		do(t, ctx, chromedp.KeyEvent("40"))
		key(t, ctx, kb.Enter)
		waitFor(t, ctx, `document.querySelector('[data-present="result"]') !== null`, lang+": Enter in the guess revealed nothing")
		if !waitUntil(ctx, inMode, 2*time.Second) {
			t.Errorf("%s: after a guess and Enter the focus is on %s, want it in the mode", lang, eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 120)`))
		}
		key(t, ctx, kb.Escape)
		waitFor(t, ctx, `document.querySelector('.present') === null && document.activeElement?.dataset.present === "open"`, lang+": Esc did not give the focus back to Present")
	}
}

// TestExplainNotLive: the "How this number is made" panel, which changes
// with every step of a slider, is no live region (a screen reader read its
// 590 characters at each step); its heading, which changes when the user
// selects a node, is, and says which.
func TestExplainNotLive(t *testing.T) {
	_, ctx := openSite(t)
	// The text of every live region in the tree's card, and the panel's.
	const live = `(() => { const card = document.querySelector('.tree-card');
		const regions = [...card.querySelectorAll('[aria-live]:not([aria-live="off"]), [role=status], [role=alert], [role=log]')];
		for (let e = card; e; e = e.parentElement) if (e.matches('[aria-live]:not([aria-live="off"]), [role=status], [role=alert], [role=log]')) regions.push(e);
		return {live: regions.map(r => r.textContent), panel: card.querySelector('.explain').textContent}; })()`
	type state struct {
		Live  []string `json:"live"`
		Panel string   `json:"panel"`
	}
	for _, lang := range []string{"ja", "en"} {
		pickLang(t, ctx, lang)
		pickPreset(t, ctx, "outbound")
		eval[bool](t, ctx, `(document.querySelector('.tree-card').scrollIntoView(), true)`) // built with the rest below the first screen
		waitFor(t, ctx, `document.querySelector('.tree-card .explain') !== null`, "no explain panel")
		eval[bool](t, ctx, `(document.querySelector('[data-tree="deals"]').click(), true)`)
		waitFor(t, ctx, `document.querySelector('[data-tree="deals"]').getAttribute('aria-pressed') === "true"`, "the node was not selected")
		before := eval[state](t, ctx, live)
		s := slider("close_rate")
		eval[bool](t, ctx, `(`+s+`.focus(), true)`)
		key(t, ctx, kb.ArrowRight)
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('.tree-card .explain').textContent !== %q`, before.Panel), "the panel did not change with the slider")
		do(t, ctx, chromedp.Sleep(300*time.Millisecond))
		after := eval[state](t, ctx, live)
		if strings.Join(after.Live, "\n") != strings.Join(before.Live, "\n") {
			t.Errorf("%s: a slider's step changes a live region of the tree's card:\n%q\nbefore:\n%q", lang, after.Live, before.Live)
		}
		// Selecting another node changes a live region: the panel's heading.
		eval[bool](t, ctx, `(document.querySelector('[data-tree="calls"]').click(), true)`)
		waitFor(t, ctx, `document.querySelector('[data-tree="calls"]').getAttribute('aria-pressed') === "true"`, "the node was not selected")
		label := eval[string](t, ctx, `document.querySelector('[data-tree="calls"] .node-label').textContent`)
		selected := eval[state](t, ctx, live)
		if !strings.Contains(strings.Join(selected.Live, "\n"), label) {
			t.Errorf("%s: selecting %s says nothing of it: live regions %q", lang, label, selected.Live)
		}
		key(t, ctx, kb.ArrowLeft) // the close rate as it was
	}
}

// leverAccessible: a lever's field is named with its unit ("Close rate
// %", 受注率 %), as its slider says "25 %": the unit beside it was not
// read. Home and End on the goal's slider give values the page takes: Home
// gave 0 and "must be greater than 0". Goal seek's field, refused, is
// described by the rule beside it, not only by the lever's screens below.
func leverAccessible(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	const name = `(f => f.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' '))(document.querySelector('[data-lever="close_rate"]'))`
	const goal = `document.querySelector('[data-lever="goal.value"]')`
	for _, c := range []struct{ lang, name, rule string }{
		{"ja", "受注率 %", "マイナスにはできません"},
		{"en", "Close rate %", "negative"},
	} {
		pickLang(t, ctx, c.lang)
		if got := eval[string](t, ctx, name); got != c.name {
			t.Errorf("%s %s: the close rate's field is named %q, want %q", where, c.lang, got, c.name)
		}
		for _, k := range []string{kb.Home, kb.End} {
			eval[bool](t, ctx, `(`+goal+`.closest('.lever').querySelector('input[type=range]').focus(), true)`)
			key(t, ctx, k)
			waitFor(t, ctx, goal+`.value !== "100,000,000"`, where+": the goal's slider did not move")
			if bad := eval[string](t, ctx, `[...document.querySelectorAll('.lever .field-error')].map(e => e.textContent).join(' ')`); bad != "" {
				t.Errorf("%s %s: the goal's slider at %s is refused: %s", where, c.lang, eval[string](t, ctx, goal+`.value`), bad)
			}
			setLever(t, ctx, "goal.value", "100,000,000")
		}
		eval[bool](t, ctx, `(() => { const f = document.getElementById('ask-given'); f.focus(); f.value = "-5"; f.dispatchEvent(new Event('input', {bubbles: true})); return true })()`)
		described := `(f => f.getAttribute('aria-invalid') === "true" && document.getElementById(f.getAttribute('aria-describedby'))?.textContent || "")(document.getElementById('ask-given'))`
		waitFor(t, ctx, described+`.includes(`+strconv.Quote(c.rule)+`)`, fmt.Sprintf("%s %s: goal seek's refused field is described by %q", where, c.lang, eval[string](t, ctx, described)))
		eval[bool](t, ctx, `(() => { const f = document.getElementById('ask-given'); f.value = "40"; f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true})); return true })()`)
		waitFor(t, ctx, `document.getElementById('ask-given').getAttribute('aria-describedby') === null && !document.getElementById('ask-given-err')`, where+": the fixed field is still described")
	}
}

// TestAnswerSaid: a lever committed (typed, or a slider released) says the
// new answer in a polite live region, in the page's language: the
// requirement and the forecast as the strip reads them. A screen reader
// heard nothing when a lever changed the answer. A drag's moves say
// nothing until the release.
func TestAnswerSaid(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	const said = `document.getElementById('answer-said')?.textContent ?? ''`
	const strip = `[...document.querySelectorAll('.strip .strip-number')].slice(0, 3).map(e => e.textContent)` // required, forecast, gap
	for i, c := range []struct{ lang, rate, forecast string }{{"en", "20", "Forecast"}, {"ja", "30", "予測"}} {
		pickLang(t, ctx, c.lang)
		// What was said in the language left is not kept, to be read in
		// the new one's voice (an analyst's item 8).
		if got := eval[string](t, ctx, said); i > 0 && got != "" {
			t.Errorf("after switching to %s the live region still holds %q", c.lang, got)
		}
		setLever(t, ctx, "close_rate", c.rate)
		waitFor(t, ctx, fmt.Sprintf(`(s => %s.every(x => s.includes(x)) && s.includes(%q))(%s)`, strip, c.forecast, said), c.lang+": the answer was not said: "+eval[string](t, ctx, said))
	}
	// A drag's move (input, no change) says nothing new.
	before := eval[string](t, ctx, said)
	eval[bool](t, ctx, `(() => { const s = document.querySelector('[data-lever="close_rate"]').closest('.lever').querySelector('input[type=range]');
		s.value = 22; s.dispatchEvent(new Event('input', {bubbles: true})); return true })()`)
	do(t, ctx, chromedp.Sleep(400*time.Millisecond))
	if got := eval[string](t, ctx, said); got != before {
		t.Errorf("a drag's move said %q", got)
	}
}
