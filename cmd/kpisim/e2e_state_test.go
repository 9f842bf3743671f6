//go:build !wasm

package main

// Browser tests for the bugs that lose or hide a user's numbers (issue 9):
// a slider that disagrees with its field, a pre-rendered page whose selects
// show the wrong choice, results that look current while an input is
// invalid, and tiny values that leak Infinity.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/kpisim/kpisim/app/scenario"
)

// pickPreset chooses preset id in the scenario select, as a user would.
func pickPreset(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector('[data-control="scenario"]'); el.value = %q;
		el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, id))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-control="scenario"]').value === %q && document.querySelector('[data-lever]') !== null`, id),
		"the preset "+id+" did not load")
}

// pickLang clicks a language button and waits for the page to speak it.
func pickLang(t *testing.T, ctx context.Context, lang string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-lang=%q]').getAttribute('aria-pressed') === "true"`, lang), "the language "+lang+" did not take")
}

// slider is the JS for the range input of the lever key.
func slider(key string) string {
	return fmt.Sprintf(`document.querySelector('[data-lever=%q]').closest('.lever').querySelector('input[type=range]')`, key)
}

// disagreeing lists every lever whose slider does not show its field's
// value (fields with an error aside): [key, slider, field].
const disagreeing = `[...document.querySelectorAll('.lever')].map(l => {
	const s = l.querySelector('input[type=range]'), f = l.querySelector('[data-lever]');
	return [f.dataset.lever, s.value, f.value, f.getAttribute('aria-invalid') === "true"] })
	.filter(a => !a[3] && Number(a[1]) !== Number(a[2].replaceAll(",", ""))).map(a => a.slice(0, 3))`

// After another preset or language, every slider shows its field's value,
// and an arrow key moves the lever one step from there (it once set the
// route-sales accounts from a stale slider: 120 → 1000).
func TestStateSliderAgreesWithField(t *testing.T) {
	_, ctx := openSite(t)
	// Frames after a change: go-app renders on its next tick.
	settle := func() { do(t, ctx, chromedp.Sleep(200e6)) }
	check := func(when string) {
		t.Helper()
		settle()
		if bad := eval[[][]string](t, ctx, disagreeing); len(bad) > 0 {
			t.Errorf("%s: sliders disagree with their fields ([lever slider field]): %v", when, bad)
		}
	}
	check("on load")
	for i, id := range []string{"route-sales", "outbound", "field-sales", "route-sales", "inside-sales", "route-sales"} {
		pickPreset(t, ctx, id)
		check("after " + id)
		lang := []string{"ja", "en"}[i%2]
		pickLang(t, ctx, lang)
		check("after " + id + " in " + lang)
	}

	// One arrow key on the accounts slider: 120 → 121, and the forecast
	// the engine gives for 121 accounts.
	if got := eval[string](t, ctx, `document.querySelector('[data-lever="accounts"]').value`); got != "120" {
		t.Fatalf("accounts field shows %q, want 120", got)
	}
	do(t, ctx, chromedp.Focus(`.lever:has([data-lever="accounts"]) input[type=range]`), chromedp.KeyEvent(kb.ArrowRight))
	waitFor(t, ctx, `document.querySelector('[data-lever="accounts"]').value === "121" && `+slider("accounts")+`.value === "121"`,
		fmt.Sprintf("one step right from 120 accounts gave field %s, slider %s",
			eval[string](t, ctx, `document.querySelector('[data-lever="accounts"]').value`), eval[string](t, ctx, slider("accounts")+`.value`)))
	_, res := engine(t, "route-sales", map[string]float64{"accounts": 121})
	waitValue(t, ctx, "forecast", "year", res.Forecast())

	// The same on the trials slider, whose range begins at 1,000.
	do(t, ctx, chromedp.Focus(`.lever:has([data-lever="forecast.trials"]) input[type=range]`), chromedp.KeyEvent(kb.ArrowRight))
	waitFor(t, ctx, `document.querySelector('[data-lever="forecast.trials"]').value === "11,000"`,
		"one step right from 10,000 trials gave "+eval[string](t, ctx, `document.querySelector('[data-lever="forecast.trials"]').value`))
}

// Before the wasm runs (or without it: ?wasm=false, or a crawler), the
// pre-rendered pages show the default scenario's choices in their selects
// and their language's button pressed; HTML reads selected="false" as
// selected and shows the last such option.
func TestStatePrerendered(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	ctx := browser(t)
	navigate(t, ctx, srv.URL+"/?wasm=false")
	waitFor(t, ctx, `document.querySelector('[data-control="scenario"]') !== null`, "no pre-rendered page")
	if eval[bool](t, ctx, `document.body.dataset.ready === "true"`) {
		t.Fatal("the app started: this test needs the pre-rendered page")
	}
	sc, err := presets().Get(scenario.DefaultPreset)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"scenario": sc.ID, "goal-period": sc.Goal.Period.String(), "rounding": sc.Rounding.String(),
		"tornado": "range", "tornado-of": "revenue",
	}
	got := eval[map[string]string](t, ctx, `Object.fromEntries([...document.querySelectorAll('select[data-control]')].map(s => [s.dataset.control, s.value]))`)
	for c, w := range want {
		if got[c] != w {
			t.Errorf("pre-rendered select %s shows %q, want %q", c, got[c], w)
		}
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll('select')].filter(s => s.querySelectorAll('option[selected]').length !== 1).length`); n > 0 {
		t.Errorf("%d selects without exactly one option marked selected", n)
	}
	// The page in Japanese has 日本語 pressed, its English twin English.
	for page, lang := range map[string]string{"body > .app": "ja", ".prerender-en > .app": "en"} {
		pressed := eval[map[string]string](t, ctx, `Object.fromEntries([...document.querySelectorAll('`+page+` [data-lang]')].map(b => [b.dataset.lang, b.getAttribute('aria-pressed')]))`)
		if len(pressed) != 2 || pressed[lang] != "true" || pressed[map[string]string{"ja": "en", "en": "ja"}[lang]] != "false" {
			t.Errorf("%s: language buttons' aria-pressed = %v, want %s alone pressed", page, pressed, lang)
		}
	}
	if bad := eval[[]string](t, ctx, `[...document.querySelectorAll('[aria-pressed]')].map(b => b.getAttribute('aria-pressed')).filter(v => v !== "true" && v !== "false")`); len(bad) > 0 {
		t.Errorf("aria-pressed values %q, want true or false", bad)
	}
}

// opacityJS is the JS for the opacity the headline figure is seen with:
// its own times its ancestors'.
const opacityJS = `(() => { let o = 1; for (let e = document.querySelector('.headline .big-number'); e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return String(o) })()`

// staleJS reads the results' state: data-stale, the note's text, and the
// headline figure's opacity.
const staleJS = `(() => { const r = document.querySelector('.results'), n = document.querySelector('.stale-note');
	return {stale: r.dataset.stale || "", note: n ? n.textContent : "", opacity: ` + opacityJS + `} })()`

type staleState struct {
	Stale   string `json:"stale"`
	Note    string `json:"note"`
	Opacity string `json:"opacity"`
}

// While an input is invalid the results are the last valid ones: the page
// says so, naming the field, and dims them; a valid value clears it.
func TestStateStaleNote(t *testing.T) {
	_, ctx := openSite(t)
	if s := eval[staleState](t, ctx, staleJS); s.Stale == "true" || s.Note != "" || s.Opacity != "1" {
		t.Errorf("valid inputs, yet the results are marked not current: %+v", s)
	}
	for _, c := range []struct{ lang, text, note, field string }{
		{"en", "0", "Showing the last valid result", "Close rate"},
		{"en", "150", "Showing the last valid result", "Close rate"},
		{"ja", "0", "最後に有効だった結果", "受注率"},
	} {
		pickLang(t, ctx, c.lang)
		setLever(t, ctx, "close_rate", c.text)
		waitFor(t, ctx, `document.querySelector('.results').dataset.stale === "true"`, "close rate "+c.text+": the results are not marked stale")
		s := eval[staleState](t, ctx, staleJS)
		if !strings.Contains(s.Note, c.note) || !strings.Contains(s.Note, c.field) {
			t.Errorf("%s, close rate %s: note %q, want it to say %q and name %q", c.lang, c.text, s.Note, c.note, c.field)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](opacityJS+` < 0.7`, chromedp.WithPollingTimeout(2*time.Second))); err != nil {
			t.Errorf("%s, close rate %s: the figures are not dimmed (opacity %s)", c.lang, c.text, eval[string](t, ctx, opacityJS))
		}
		if dir := os.Getenv("KPISIM_SHOTS"); dir != "" {
			shot(t, ctx, filepath.Join(dir, "stale-"+c.lang+"-"+c.text+".png"))
		}
		setLever(t, ctx, "close_rate", "25")
		waitFor(t, ctx, `document.querySelector('.results').dataset.stale !== "true" && !document.querySelector('.stale-note')`, "a valid close rate leaves the stale note")
		waitFor(t, ctx, opacityJS+` === "1"`, "the figures stay dimmed after a valid value")
	}
}

// A typo's keystrokes: "1,2,0" for the deal size applies "1" at the first
// one. When the field is left refused, the page shows (and keeps, over a
// reload) the figures of the value last committed, as its note says, not
// those of a ¥1 deal; the text typed stays, with its rule.
func TestStateTypoKeepsTheCommittedValue(t *testing.T) {
	_, ctx := openSite(t)
	pickLang(t, ctx, "ja")
	_, a := engine(t, "outbound", nil)
	forecastYear := a.Forecast()
	eval[bool](t, ctx, `(() => { const el = document.querySelector('[data-lever="unit_price"]'); el.focus();
		for (const v of ["1", "1,", "1,2", "1,2,0"]) { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }
		el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`)
	waitFor(t, ctx, `document.querySelector('.results').dataset.stale === "true"`, "a refused deal size: the results are not marked stale")
	waitValue(t, ctx, "forecast", "year", forecastYear)
	if got := eval[string](t, ctx, `document.querySelector('[data-lever="unit_price"]').value`); got != "1,2,0" {
		t.Errorf("the field shows %q, want what was typed", got)
	}
	waitFor(t, ctx, `document.querySelector('[data-node="probability"]')?.dataset.value >= 0`, "no probability for the value kept")
	do(t, ctx, chromedp.Sleep(1500e6)) // the saved work is written when idle
	reload(t, ctx)
	ready(t, ctx)
	waitValue(t, ctx, "forecast", "year", forecastYear)
}

// shot saves a 1280×720 screenshot of the viewport, scrolled to the results.
func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	do(t, ctx, chromedp.EmulateViewport(1280, 720))
	eval[bool](t, ctx, `(window.scrollTo(0, 0), true)`)
	do(t, ctx, chromedp.Sleep(300e6))
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.EmulateViewport(1280, 900))
}

// noUnboundedFigure is the JS listing what on the page reads as infinite,
// not a number, or a number of more than 20 digits.
const noUnboundedFigure = `(() => { const text = document.querySelector('.app').innerText, bad = [];
	for (const w of ["Inf", "NaN"]) if (text.includes(w)) bad.push(w);
	for (const m of text.matchAll(/\d[\d,.]*/g)) if (m[0].replace(/\D/g, "").length > 20) bad.push(m[0].slice(0, 40) + "…");
	return bad })()`

// Tiny positive values make some figure infinite (5e-324 working days a
// month: a day's share of the goal overflows); the field is refused with
// its rule, and nothing on the page shows Inf, NaN or a 300-digit number.
func TestStateTinyValues(t *testing.T) {
	_, ctx := openSite(t)
	pickLang(t, ctx, "en")
	for _, c := range []struct{ key, text string }{
		{scenario.KeyWorkingDays, "5e-324"},
		{scenario.KeyHeadcount, "1e-300"},
	} {
		t.Run(c.key+"="+c.text, func(t *testing.T) {
			setLever(t, ctx, c.key, c.text)
			field := fmt.Sprintf(`document.querySelector('[data-lever=%q]')`, c.key)
			// The refusal (and with it the stale note) or the page's
			// figures, then the late parts of the view and the charts.
			chromedp.Run(ctx, chromedp.Poll[chromedp.Void](field+`.getAttribute('aria-invalid') === "true"`, chromedp.WithPollingTimeout(2*time.Second)))
			do(t, ctx, chromedp.Sleep(400e6))
			msg := eval[string](t, ctx, field+`.closest('.lever').querySelector('.field-error')?.textContent || ""`)
			if msg == "" || !strings.Contains(msg, ":") {
				t.Errorf("%s=%s is not refused with a rule: the field's message is %q", c.key, c.text, msg)
			}
			if bad := eval[[]string](t, ctx, noUnboundedFigure); len(bad) > 0 {
				t.Errorf("%s=%s: the page shows %q", c.key, c.text, bad)
			}
			if got := eval[string](t, ctx, field+`.value`); got != c.text {
				t.Errorf("the field shows %q; the user's %s was lost", got, c.text)
			}
			sc, _ := presets().Get(scenario.DefaultPreset)
			setLever(t, ctx, c.key, map[string]string{scenario.KeyWorkingDays: fmt.Sprint(sc.Calendar.WorkingDays), scenario.KeyHeadcount: fmt.Sprint(sc.Calendar.Headcount)}[c.key])
			waitFor(t, ctx, field+`.getAttribute('aria-invalid') !== "true"`, "the default value is refused")
		})
	}
}
