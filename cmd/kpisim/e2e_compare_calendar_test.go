//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// compareDrawn reads the comparison chart as ECharts holds it: the x
// axis's labels, each line's x positions, and the rectangles of the end
// labels drawn on the canvas (each line's last value, as shown).
const compareDrawn = `(() => {
	const c = echarts.getInstanceByDom(document.getElementById("chart-compare"));
	const o = c.getOption();
	const ends = o.series.map(s => s.data.length ? s.data[s.data.length - 1].value[2] : "");
	const labels = [];
	for (const el of c.getZr().storage.getDisplayList(true)) {
		const text = el.style && el.style.text;
		if (!el.parent || !el.parent.__hostTarget || !ends.includes(text) || el.parent.ignore) continue;
		const r = el.getBoundingRect().clone();
		r.applyTransform(el.getComputedTransform());
		labels.push({text, x: r.x, y: r.y, w: r.width, h: r.height});
	}
	return JSON.stringify({axis: o.xAxis[0].data, xs: o.series.map(s => s.data.map(d => d.value[0])), ends, labels});
})()`

type compareChart struct {
	Axis   []string `json:"axis"`
	Xs     [][]int  `json:"xs"`
	Ends   []string `json:"ends"`
	Labels []struct {
		Text       string
		X, Y, W, H float64
	} `json:"labels"`
}

func readCompareChart(t *testing.T, ctx context.Context) compareChart {
	t.Helper()
	var c compareChart
	if err := json.Unmarshal([]byte(eval[string](t, ctx, compareDrawn)), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// Two plans starting in different months share one calendar: the base
// starts in April, the current work is moved to January; the x axis runs
// from that January to the base's March, and each line's first point sits
// at its own first month. Then the current work starts in April again
// with a close rate a little lower: the two lines end together, and their
// end labels are both drawn without overlapping.
func TestCompareCalendar(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ja} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := openIn(t, srv, lang)
			year, err := strconv.Atoi(eval[string](t, ctx, `document.querySelector('[data-control="start-year"]').value`))
			if err != nil || eval[string](t, ctx, `document.querySelector('[data-control="start-month"]').value`) != "4" {
				t.Fatalf("the preset does not start in April of a year: %v", err)
			}
			startMonth := func(m int) {
				eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector('[data-control="start-month"]'); el.value = "%d";
					el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, m))
			}
			startMonth(1)
			eval[bool](t, ctx, `(document.querySelector('details.compare').open = true, document.getElementById("compare-run").click(), true)`)
			waitFor(t, ctx, `document.querySelectorAll('.compare-table:not(.compare-required) thead th[data-compare-col]').length === 2`, "no comparison of two")
			name := func(k int) string { // month k from January of year
				return report.MonthName(lang, forecast.Month{Year: year + k/12, Month: time.Month(k%12 + 1)})
			}
			var axis []string
			for k := range 15 {
				axis = append(axis, name(k))
			}
			waitFor(t, ctx, compareSeries+` === 2 && echarts.getInstanceByDom(document.getElementById("chart-compare")).getOption().xAxis[0].data.length === 15`,
				"the axis does not hold both plans' months")
			got := readCompareChart(t, ctx)
			if !slices.Equal(got.Axis, axis) {
				t.Errorf("axis %q, want %q", got.Axis, axis)
			}
			// Column 0 is the base (April to March), column 1 the current work.
			for i, first := range []int{3, 0} {
				if len(got.Xs[i]) != 12 || got.Xs[i][0] != first || got.Xs[i][11] != first+11 {
					t.Errorf("line %d at %v, want from %d (%s) to %d", i, got.Xs[i], first, name(first), first+11)
				}
			}

			// The lines end together, a few % apart.
			startMonth(4)
			setLever(t, ctx, "close_rate", "24")
			waitFor(t, ctx, `echarts.getInstanceByDom(document.getElementById("chart-compare")).getOption().xAxis[0].data.length === 12`, "the current work did not move back to April")
			resize(t, ctx, screens[1])
			eval[bool](t, ctx, `(document.getElementById("chart-compare").scrollIntoView({block: "center"}), true)`)
			time.Sleep(500 * time.Millisecond) // the labels laid out
			screenshot(t, ctx, "compare-calendar-"+string(lang)+"-"+screens[1].name)
			got = readCompareChart(t, ctx)
			if got.Ends[0] == got.Ends[1] {
				t.Fatalf("the lines end at the same value %q", got.Ends[0])
			}
			if len(got.Labels) != 2 {
				t.Fatalf("end labels drawn: %+v, want %q", got.Labels, got.Ends)
			}
			a, b := got.Labels[0], got.Labels[1]
			if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
				t.Errorf("the end labels overlap: %+v", got.Labels)
			}

			// Not set can be chosen again once a month is (it was a
			// placeholder, gone once April was set), and stays not set,
			// January taken, through a reload and in a fresh profile
			// opening the link (in one language: CI's time is short): no
			// start_month in the state, as in a file without one.
			startMonth(0)
			unset := fmt.Sprintf(`(el => el.value === "0" && el.selectedOptions[0].textContent === %q && !el.selectedOptions[0].disabled)(document.querySelector('[data-control="start-month"]'))`,
				lang.T("plan.start_unset"))
			const saved = `JSON.parse(JSON.parse(localStorage.getItem("kpisim.state"))).scenario.forecast?.start_month`
			waitFor(t, ctx, unset+` && `+saved+` === undefined`, "not set could not be chosen again: "+eval[string](t, ctx, `document.querySelector('[data-control="start-month"]').value`))
			if lang != i18n.Ja {
				return // what is kept is the same in either language
			}
			link := eval[string](t, ctx, `location.href`)
			reopen(t, ctx, link)
			waitFor(t, ctx, unset, "after a reload the start month reads "+eval[string](t, ctx, `document.querySelector('[data-control="start-month"]').value`))
			fresh := browser(t)
			reopen(t, fresh, link)
			waitFor(t, fresh, unset, "the link opens with the start month "+eval[string](t, fresh, `document.querySelector('[data-control="start-month"]').value`))
		})
	}
}
