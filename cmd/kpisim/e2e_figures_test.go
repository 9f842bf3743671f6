//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// negZero matches a negative zero as written: "-0", "-¥0", but not "-0.5".
var negZero = regexp.MustCompile(`-[¥$€]?0([^.,0-9]|$)`)

// pageFigure is one element of the page with data-node and data-period.
type pageFigure struct {
	Node, Period, Text string
	Value              float64
}

// One figure reads the same everywhere: on every preset, in both
// languages, every element with the same data-node and data-period shows
// the same text and value (headline, table, tree, charts' hosts), no text
// is NaN, Infinity or -0, and the headline, forecast and gap are the one
// model's (report.New of the scenario's Answer), as the CLI prints them.
func TestBrowserFiguresAgree(t *testing.T) {
	_, ctx := openSite(t)
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang))
		waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q || document.querySelector('[data-lang=%q][aria-pressed="true"]') !== null`, lang, lang), "the language did not switch")
		for _, s := range presets() {
			t.Run(string(lang)+"/"+s.ID, func(t *testing.T) {
				eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector('[data-control="scenario"]'); el.value = %q;
					el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, s.ID))
				_, a := engine(t, s.ID, nil)
				tab := report.New(a, lang, s.Currency)
				waitValue(t, ctx, "forecast", "year", a.Forecast())
				raw := eval[string](t, ctx, `JSON.stringify([...document.querySelectorAll('[data-node][data-period]')].map(e =>
					({Node: e.dataset.node, Period: e.dataset.period, Text: e.textContent.trim(), Value: Number(e.dataset.value)})))`)
				var figs []pageFigure
				if err := json.Unmarshal([]byte(raw), &figs); err != nil {
					t.Fatal(err)
				}
				if len(figs) < 10 {
					t.Fatalf("only %d figures on the page", len(figs))
				}
				seen := map[string]pageFigure{}
				for _, f := range figs {
					if strings.Contains(f.Text, "NaN") || strings.Contains(f.Text, "Inf") || negZero.MatchString(f.Text) {
						t.Errorf("%s/%s reads %q", f.Node, f.Period, f.Text)
					}
					key := f.Node + "/" + f.Period
					if g, ok := seen[key]; ok && (g.Text != f.Text || g.Value != f.Value) {
						t.Errorf("%s reads %q (%v) in one place and %q (%v) in another", key, g.Text, g.Value, f.Text, f.Value)
					}
					seen[key] = f
				}
				want := map[string]report.Figure{"forecast/year": tab.Total, "gap/year": tab.Gap, tab.Head.Figure.Node + "/" + tab.Head.Figure.Period: tab.Head.Figure}
				for _, r := range tab.Rows {
					if r.OnPath && r.Periodic() {
						for _, p := range tab.Periods { // the table's columns: one rep's week or month for an activity stated so
							want[r.ID+"/"+p.String()], _ = tab.Required(r.ID, p)
						}
					}
				}
				for key, w := range want {
					g, ok := seen[key]
					if !ok {
						t.Errorf("%s is not on the page", key)
						continue
					}
					if g.Text != w.Text || math.Abs(g.Value-w.Exact) > 1e-9*math.Max(1, math.Abs(w.Exact)) {
						t.Errorf("%s reads %q (%v) on the page; the model says %q (%v)", key, g.Text, g.Value, w.Text, w.Exact)
					}
				}
				// The goal reads in its own name, the model's, as the CLI's
				// forecast prints it: the forecast card, the cumulative
				// chart and the tornado's choice read 売上予測, 累計売上
				// and 売上 above the SaaS preset's net new ARR.
				names := []string{tab.ForecastTitle(), tab.CumulativeTitle(), tab.CumulativeTitle(), lang.InSentence(tab.GoalName)}
				const read = `JSON.stringify([document.querySelector('.card.forecast h2').textContent, document.querySelector('.cumulative-card h3').textContent,
					document.getElementById('chart-cumulative').getAttribute('aria-label'), document.querySelector('[data-control="tornado-of"] option').textContent])`
				waitFor(t, ctx, fmt.Sprintf(`%s === %q`, read, jsonList(names)), "the goal is named "+eval[string](t, ctx, read)+", want "+jsonList(names))
				if !strings.Contains(mustRun(t, "forecast", "-lang", string(lang), s.ID), "\n"+tab.ForecastTitle()+": ") {
					t.Errorf("the CLI's forecast does not name it %q", tab.ForecastTitle())
				}
				if words := strings.ToLower(strings.Join(names, " ")); !strings.Contains(strings.ToLower(tab.GoalName), "revenue") && !strings.Contains(tab.GoalName, "売上") &&
					(strings.Contains(words, "revenue") || strings.Contains(words, "売上")) {
					t.Errorf("the goal %q reads as revenue: %q", tab.GoalName, names)
				}
			})
		}
	}
}

// A close rate of 25 % typed as 0.25 reads 0.25 %: its hint says how rare
// that is and what to type for 25 %, while the field has the focus and
// after it is left (a slip tabbed past still shows). Typed as odds, 1/3,
// it is a third, as the CLI reads it.
func TestRateTypedHint(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, c := range []struct{ lang, typing string }{
		{"ja", "400分の1（25%なら「25」と入力）"},
		{"en", "1 in 400 (for 25%, type 25)"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			ctx := browser(t)
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, c.lang)
			pickPreset(t, ctx, "outbound")
			const field, hint = `[data-lever="close_rate"]`, `document.querySelector('[data-lever="close_rate"]').closest('.lever').querySelector('.lever-hint').textContent`
			if h := eval[string](t, ctx, hint); h != "" {
				t.Fatalf("a close rate of 25 %% has the hint %q", h)
			}
			eval[bool](t, ctx, `(() => { const el = document.querySelector('`+field+`'); el.focus(); el.select(); return true })()`)
			do(t, ctx, chromedp.KeyEvent("0.25")) // typed over the selected 25
			waitFor(t, ctx, fmt.Sprintf(`%s === %q`, hint, c.typing), "typing 0.25 did not say what to type for 25 %")
			do(t, ctx, chromedp.KeyEvent(kb.Tab))
			waitFor(t, ctx, fmt.Sprintf(`%s === %q && document.activeElement !== document.querySelector('`+field+`')`, hint, c.typing), "the committed 0.25 % no longer says what to type for 25 %")
			// Odds are a fraction in the % field too, as in the CLI and files.
			eval[bool](t, ctx, `(() => { const el = document.querySelector('`+field+`'); el.focus(); el.select(); return true })()`)
			do(t, ctx, chromedp.KeyEvent("1/3"), chromedp.KeyEvent(kb.Tab))
			_, res := engine(t, "outbound", map[string]float64{"close_rate": 1.0 / 3})
			waitValue(t, ctx, "calls", "rep_day", exact(t, res, "calls", kpi.RepDay))
		})
	}
}

// With actuals imported, on a phone, the funnel's steps fit the screen,
// and the answer strip says its figures are the plan's: "The year so far" below it shows the landing, the pace from
// now and a chance re-fitted from the actuals, which read as a
// contradiction under a strip of bare "Forecast" and "Chance".
func TestStripSaysPlan(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, c := range []struct{ lang, before, after, forecastCard, probCard string }{
		{"ja", "予測", "予測（計画）", "売上予測（計画）", "目標達成の確率（計画）"},
		{"en", "Forecast", "Forecast (plan)", "Revenue forecast (plan)", "Probability of reaching the goal (plan)"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			ctx := browser(t)
			do(t, ctx, chromedp.EmulateViewport(390, 844))
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, c.lang)
			const label = `document.querySelector('.strip-fc .strip-label').textContent`
			waitFor(t, ctx, fmt.Sprintf(`%s === %q`, label, c.before), "the strip's forecast is not labelled")
			file, _ := filepath.Abs("../../testdata/actuals/salesforce-ja.csv")
			do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
			waitFor(t, ctx, `document.querySelector('[data-refit="achievement"]') !== null`, "the actuals were not read")
			waitFor(t, ctx, fmt.Sprintf(`%s === %q`, label, c.after), "with actuals, the strip does not say its forecast is the plan's")
			// The cards of the wider page say so too.
			cards := eval[[]string](t, ctx, `[...document.querySelectorAll('.card.forecast h2, .card.probability h2')].map(h => h.textContent)`)
			if want := []string{c.forecastCard, c.probCard}; !slices.Equal(cards, want) {
				t.Errorf("with actuals, the cards read %q, want %q", cards, want)
			}
			// The funnel's steps fit the phone: the ratio to the plan was
			// pushed out of the card by the path's column.
			if w := eval[[]float64](t, ctx, `(() => { const s = document.querySelector('table.steps').parentElement; return [s.scrollWidth, s.clientWidth] })()`); w[0] > w[1]+1 {
				t.Errorf("the funnel's steps are %v px wide in a box of %v", w[0], w[1])
			}
		})
	}
}
