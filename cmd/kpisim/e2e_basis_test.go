//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// teamYAML is a team whose deals land a month after its calls; the file
// names no id.
const teamYAML = `version: 1
title: {ja: チームC, en: Team C}
currency: JPY
goal: {node: revenue, value: 150000000, period: year}
calendar: {months: 12, working_days: 20, headcount: 8}
solve: calls
nodes:
  - {id: revenue, label: {ja: 売上, en: Revenue}, unit: currency, product: [deal_size, deals]}
  - {id: deal_size, label: {ja: 平均受注単価, en: Average deal size}, unit: currency, value: 1500000}
  - {id: deals, label: {ja: 受注件数, en: Deals won}, unit: count, product: [close_rate, meetings]}
  - {id: close_rate, label: {ja: 受注率, en: Close rate}, unit: rate, value: 7.5%}
  - {id: meetings, label: {ja: 初回商談数, en: First meetings}, unit: count, product: [appointment_rate, calls]}
  - {id: appointment_rate, label: {ja: アポ率, en: Appointment rate}, unit: rate, value: 4%}
  - {id: calls, label: {ja: 架電数, en: Calls}, unit: count, activity: true, value: 18}
forecast: {start_month: 4, start_year: 2026, lag_months: 1, new_team: true}
`

// TestSalesCycleSaysWhatCounts: a scenario file opened on the page is
// named by its file (its plan saved as kpisim-scenario-plan.csv); the
// required table says which months its periods are over with a sales
// cycle; the monthly review says what a rate from an activity divides.
// Both languages.
func TestSalesCycleSaysWhatCounts(t *testing.T) {
	csv := filepath.Join(t.TempDir(), "actuals.csv")
	if err := os.WriteFile(csv, []byte("Month,Calls,First meetings,Deals won,Revenue\n2026-04,2900,116,8,12000000\n2026-05,2700,100,7,10500000\n2026-06,1500,45,3,4500000\n2026-07,1200,36,2,3000000\n2026-08,2800,110,6,9000000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, basis, review string }{
		{"en", "over the 11 months whose activity lands in the plan (Apr 2026 to Feb 2027, 220 working days)", "110 first meetings in Aug 2026 ÷ 1,200 calls in Jul 2026"},
		{"ja", "11か月（2026年4月〜2027年2月、220営業日）で割った値です", "2026年8月の初回商談数110 ÷ 2026年7月の架電数1,200"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			ctx := readyApp(t)
			pickLang(t, ctx, c.lang)
			drop(t, ctx, "teamC.yaml", teamYAML)
			waitFor(t, ctx, `document.querySelector('[data-output="basis"]') !== null`, "the required table says nothing of the months it counts")
			if got := eval[string](t, ctx, `document.querySelector('[data-output="basis"]').textContent`); !strings.Contains(got, c.basis) {
				t.Errorf("basis %q, want it to hold %q", got, c.basis)
			}
			dir := downloads(t, ctx)
			download(t, ctx, dir, `[data-download="plan"]`, "kpisim-teamC-plan.csv")
			do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{csv}))
			waitFor(t, ctx, `document.querySelector('[data-review="basis"]') !== null`, "the review says nothing of what its rates divide")
			got := eval[string](t, ctx, `[...document.querySelectorAll('[data-review="basis"]')].map(e => e.textContent).join(" | ")`)
			if !strings.Contains(got, c.review) {
				t.Errorf("the review's rates divide %q, want %q", got, c.review)
			}
		})
	}
}
