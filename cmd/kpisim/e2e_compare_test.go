//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http/httptest"
	"reflect"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// compareCells reads every figure of the comparison: "col row" → its
// exact value, its difference and %, and each column's name and whether
// it is the base.
const compareCells = `(() => {
	const out = {};
	for (const td of document.querySelectorAll('.compare-table td[data-value]')) {
		const d = td.querySelector('.compare-delta');
		out[td.dataset.compareCol + " " + td.dataset.row] = {v: Number(td.dataset.value), diff: d ? d.dataset.diff : "", pct: d ? d.dataset.pct : ""};
	}
	for (const th of document.querySelectorAll('.compare-table:not(.compare-required) thead th[data-compare-col]')) {
		out["name " + th.dataset.compareCol] = {v: th.dataset.base === "true" ? 1 : 0, diff: th.querySelector('.compare-name').textContent, pct: ""};
	}
	return JSON.stringify(out);
})()`

type compareCell struct {
	V    float64 `json:"v"`
	Diff string  `json:"diff"`
	Pct  string  `json:"pct"`
}

func readCompare(t *testing.T, ctx context.Context) map[string]compareCell {
	t.Helper()
	var m map[string]compareCell
	if err := json.Unmarshal([]byte(eval[string](t, ctx, compareCells)), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// compareSeries is the number of lines on the comparison's chart.
const compareSeries = `(() => { const el = document.getElementById("chart-compare"); const c = el && echarts.getInstanceByDom(el); return c && c.getOption() ? c.getOption().series.length : -1 })()`

// Compare, in both languages: the base kept at the first change, a saved
// variant and the current work side by side; each column's figures equal
// the scenario solved alone by the engine; differences to the base in
// value and % as i18n.Format writes them; swapping the base turns them
// round; one line per scenario on the chart; the link opens the same
// comparison in a fresh profile.
func TestCompare(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := browser(t)
			reopen(t, ctx, srv.URL+"/")
			eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('[data-lang=%q]').click(), true)`, lang))
			waitFor(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q`, lang), "the language did not change")

			// Plan A: a close rate of 20 %, kept in My scenarios and marked.
			setLever(t, ctx, "close_rate", "20")
			_, resA := engine(t, "outbound", map[string]float64{"close_rate": 0.20})
			waitValue(t, ctx, "calls", "rep_day", exact(t, resA, "calls", kpi.RepDay))
			time.Sleep(600 * time.Millisecond) // the base is kept at the next tick
			eval[bool](t, ctx, `(document.getElementById("mine-name").value = "Plan A", document.querySelector(".mine-save button[type=submit]").click(), true)`)
			waitFor(t, ctx, `[...document.querySelectorAll(".mine-name")].some(e => e.textContent === "Plan A")`, "Plan A was not kept")
			eval[bool](t, ctx, `([...document.querySelectorAll(".mine-list li")].find(li => li.querySelector(".mine-name").textContent === "Plan A").querySelector(".mine-compare input").click(), true)`)
			// The current work: a close rate of 30 %.
			setLever(t, ctx, "close_rate", "30")
			_, resC := engine(t, "outbound", map[string]float64{"close_rate": 0.30})
			waitValue(t, ctx, "calls", "rep_day", exact(t, resC, "calls", kpi.RepDay))
			eval[bool](t, ctx, `(document.getElementById("compare-run").click(), true)`)
			waitFor(t, ctx, `document.querySelectorAll('.compare-table:not(.compare-required) thead th[data-compare-col]').length === 3`, "no comparison of three")
			waitFor(t, ctx, `[...document.querySelectorAll('td[data-row="probability"]')].every(td => Number(td.dataset.value) >= 0)`, "no probability in every column")

			_, resB := engine(t, "outbound", nil)
			sets := []map[string]float64{nil, {"close_rate": 0.30}, {"close_rate": 0.20}}
			tables := make([]*report.Table, 3)
			for i, res := range []*report.Table{report.New(resB, lang, "JPY"), report.New(resC, lang, "JPY"), report.New(resA, lang, "JPY")} {
				tables[i] = res
			}
			got := readCompare(t, ctx)
			check := func(got map[string]compareCell, base int) {
				t.Helper()
				calls := tables[0].Answer.Tree.Model.Node(tables[0].Answer.Target)
				for i, tab := range tables {
					col := fmt.Sprint(i)
					a := tab.Answer
					for row, want := range map[string]float64{
						"required": tab.Head.Figure.Exact, "forecast": a.Forecast(), "gap": a.Gap(),
						"calls/rep_day": exact(t, a, "calls", kpi.RepDay), "calls/year": exact(t, a, "calls", kpi.Year),
						"deals/month": exact(t, a, "deals", kpi.Month),
						"probability": engineBands(t, sets[i]).ProbGoal,
					} {
						if c, ok := got[col+" "+row]; !ok || math.Abs(c.V-want) > 1e-9*math.Max(1, math.Abs(want)) {
							t.Errorf("column %d %s = %+v, want %v (the scenario alone)", i, row, c, want)
						}
					}
					if got["name "+col].V != map[bool]float64{true: 1}[i == base] {
						t.Errorf("column %d: base %v, want %v", i, got["name "+col].V, i == base)
					}
					// The difference of the figures as they read, the share of
					// the exact ones (the same in every period).
					fm, bh, h := i18n.Format{Lang: lang, Currency: "JPY"}, tables[base].Head.Figure, tab.Head.Figure
					diff, pct := fm.Change(calls, bh.Value, h.Value, kpi.RepDay)
					if pct != "" && bh.Value != h.Value {
						_, pct = fm.Change(calls, bh.Exact, h.Exact, kpi.RepDay)
					}
					if i == base {
						diff, pct = "", ""
					}
					if c := got[col+" required"]; c.Diff != diff || c.Pct != pct {
						t.Errorf("column %d (base %d): difference %q %q, want %q %q", i, base, c.Diff, c.Pct, diff, pct)
					}
					// The gap's change in yen, with no share of the base's gap.
					gd, _ := i18n.Format{Lang: lang, Currency: "JPY"}.Change(tab.Answer.Tree.Model.Node(tab.Answer.Tree.Model.Goal()), tables[base].Gap.Value, tab.Gap.Value, kpi.Year)
					gp := ""
					if i == base {
						gd, gp = "", ""
					}
					if c := got[col+" gap"]; c.Diff != gd || c.Pct != gp {
						t.Errorf("column %d (base %d): gap difference %q %q, want %q %q", i, base, c.Diff, c.Pct, gd, gp)
					}
				}
			}
			check(got, 0)
			for i, want := range []string{lang.T("compare.start"), lang.T("compare.current"), "Plan A"} {
				if n := got[fmt.Sprint("name ", i)].Diff; n != want {
					t.Errorf("column %d is named %q, want %q", i, n, want)
				}
			}
			waitFor(t, ctx, compareSeries+` === 3`, "the chart has not one line per scenario")

			// Swap the base: Plan A.
			eval[bool](t, ctx, `(document.querySelector('.compare-make-base[data-compare-col="2"]').click(), true)`)
			waitFor(t, ctx, `document.querySelector('th[data-compare-col="2"]').dataset.base === "true"`, "the base did not change")
			swapped := readCompare(t, ctx)
			check(swapped, 2)
			waitFor(t, ctx, compareSeries+` === 3`, "the chart lost a line")

			// KPISIM_SHOTS=dir: the comparison at 1280×720 and 390×844.
			for _, sc := range []screen{screens[1], screens[0]} {
				resize(t, ctx, sc)
				eval[bool](t, ctx, `(document.querySelector("details.compare").scrollIntoView(), true)`)
				do(t, ctx, chromedp.Sleep(400*time.Millisecond))
				screenshot(t, ctx, "compare-"+string(lang)+"-"+sc.name)
				eval[bool](t, ctx, `(document.getElementById("chart-compare").scrollIntoView({block: "end"}), true)`)
				do(t, ctx, chromedp.Sleep(300*time.Millisecond))
				screenshot(t, ctx, "compare-chart-"+string(lang)+"-"+sc.name)
			}
			do(t, ctx, chromedp.EmulateViewport(1280, 900))

			// The link: the same comparison in a fresh profile.
			eval[bool](t, ctx, `(document.getElementById("share-open").click(), true)`)
			waitFor(t, ctx, `document.getElementById("share-link")?.value.includes("#s=")`, "no link")
			time.Sleep(500 * time.Millisecond)
			link := eval[string](t, ctx, `document.getElementById("share-link").value`)
			t.Logf("%s: a link with three scenarios compared: %d characters after the origin", lang, len(link)-len(srv.URL))
			ctx2 := browser(t)
			navigate(t, ctx2, link)
			ready(t, ctx2)
			waitFor(t, ctx2, `document.querySelectorAll('.compare-table:not(.compare-required) thead th[data-compare-col]').length === 3`, "the link opened no comparison")
			waitFor(t, ctx2, `[...document.querySelectorAll('td[data-row="probability"]')].every(td => Number(td.dataset.value) >= 0)`, "no probability in every column (fresh profile)")
			opened := readCompare(t, ctx2)
			if !reflect.DeepEqual(opened, swapped) {
				for k, v := range swapped {
					if opened[k] != v {
						t.Errorf("fresh profile: %s = %+v, want %+v", k, opened[k], v)
					}
				}
				t.Errorf("fresh profile: %d cells, want %d", len(opened), len(swapped))
			}
			waitFor(t, ctx2, compareSeries+` === 3`, "the chart in the fresh profile has not one line per scenario")
			if got := eval[string](t, ctx2, `document.documentElement.lang`); got != string(lang) {
				t.Errorf("fresh profile in %s, want %s", got, lang)
			}

			// One period of the required table at a time.
			eval[bool](t, ctx2, `(() => { const s = document.querySelector('[data-control="compare-period"]'); s.value = "rep_day"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
			waitFor(t, ctx2, `document.querySelector('.compare-required td[data-row$="/year"]') === null && document.querySelector('.compare-required td[data-row="calls/rep_day"]') !== null`, "the period filter did not apply")

			// Stop comparing: the comparison leaves the link.
			eval[bool](t, ctx2, `(document.getElementById("compare-clear").click(), true)`)
			waitFor(t, ctx2, `document.querySelector('.compare-table') === null`, "the comparison stayed")
		})
	}
}

// "Compare now" pressed at once after the first change (before the share
// tick kept the state before it) still compares with that state.
func TestCompareAtOnce(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := openIn(t, srv, lang)
			eval[bool](t, ctx, `(() => { const el = document.querySelector('[data-lever="close_rate"]'); el.focus(); el.value = "30";
				el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));
				document.querySelector('details.compare').open = true;
				document.getElementById("compare-run").click(); return true })()`)
			waitFor(t, ctx, `document.querySelectorAll('.compare-table:not(.compare-required) thead th[data-compare-col]').length === 2`,
				"Compare now, pressed at once after the change, shows no base")
			got := readCompare(t, ctx)
			for i, want := range []string{lang.T("compare.start"), lang.T("compare.current")} {
				if n := got[fmt.Sprint("name ", i)].Diff; n != want {
					t.Errorf("column %d is named %q, want %q", i, n, want)
				}
			}
			// The current work's column follows a lever moved after it.
			setLever(t, ctx, "close_rate", "20")
			_, res := engine(t, "outbound", map[string]float64{"close_rate": 0.20})
			waitFor(t, ctx, fmt.Sprintf(`Number(document.querySelector('td[data-compare-col="1"][data-row="required"]')?.dataset.value) === %v`, report.New(res, lang, "JPY").Head.Figure.Exact),
				"the current work's column did not follow the close rate")
		})
	}
}

// openIn opens the page in a fresh profile, in language lang, the change of
// language written (the base a comparison keeps is the state after it).
func openIn(t *testing.T, srv *httptest.Server, lang i18n.Lang) context.Context {
	t.Helper()
	ctx := browser(t)
	reopen(t, ctx, srv.URL+"/")
	pickLang(t, ctx, string(lang))
	time.Sleep(1500 * time.Millisecond)
	return ctx
}
