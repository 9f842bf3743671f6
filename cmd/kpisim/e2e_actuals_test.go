//go:build !wasm

package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// setControl changes a plan control (data-control) as a user would: types
// the value (or checks the box) and leaves the field.
func setControl(t *testing.T, ctx context.Context, control, value string) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const el = document.querySelector('[data-control=%q]');
		if (el.type === 'checkbox') { el.checked = %q === 'true' } else { el.value = %q }
		el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`,
		control, value, value)
	eval[bool](t, ctx, js)
}

// described is the text of the message the control sel is described by
// (aria-describedby), "none" without one; it must be marked invalid too.
func described(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`(el => el.getAttribute("aria-invalid") !== "true" ? "not marked invalid" :
		document.getElementById(el.getAttribute("aria-describedby"))?.textContent ?? "none")(document.querySelector(%q))`, sel))
}

// unfold opens the folded section sel by a click on its summary, unless
// it is open.
func unfold(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(d => d.open || (d.querySelector('summary').click(), true))(document.querySelector(%q))`, sel))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q).open`, sel), sel+" did not unfold")
}

// text is the trimmed text of the first element matching sel, or "".
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`(document.querySelector(%q)?.textContent ?? '').trim()`, sel))
}

// waitText waits until the first element matching sel reads want.
func waitText(t *testing.T, ctx context.Context, sel, want string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`(document.querySelector(%q)?.textContent ?? '').trim() === %q`, sel, want),
		fmt.Sprintf("%s shows %q, want %q", sel, text(t, ctx, sel), want))
}

// onPhone is the head's name each cell of the first hire and the first
// review row shows above its figure or field (its ::before), the Remove
// button's cell aside.
const onPhone = `["table.hires", "table.review-table"].flatMap(sel => [...document.querySelector(sel + " tbody tr").querySelectorAll("td")]
	.filter(td => !td.querySelector("button")).map(td => (c => c === "none" ? "" : JSON.parse(c))(getComputedStyle(td, "::before").content)))`

// tablesWide lists what of the hires and the review is wider than the
// window, or scrolls sideways in its box, or clips a field.
const tablesWide = `["table.hires", "table.review-table"].flatMap(sel => { const t = document.querySelector(sel), out = [];
	if (t.getBoundingClientRect().right > innerWidth + 1 || t.scrollWidth > t.parentElement.clientWidth + 1) out.push(sel + " is " + t.scrollWidth + " px wide in " + t.parentElement.clientWidth);
	for (const f of t.querySelectorAll("input")) if (f.getBoundingClientRect().right > innerWidth || f.clientWidth < 40) out.push(sel + " clips a field " + f.clientWidth + " px wide");
	return out; }).concat(document.documentElement.scrollWidth > innerWidth ? ["the page is " + document.documentElement.scrollWidth + " px wide"] : [])`

// A sales leader sets the plan in the page, imports seven months of
// actuals from a CRM export (a real file through the file input), and
// reads how far behind they are, which step leaks, what it now takes per
// rep per day and how likely the goal still is, in Japanese and English;
// every figure is the engine's (scenario.RefitOn, report.NewRefit and
// NewReview of the same scenario and file, on the page's day). Then a
// weekly export, and the weekly review. The page's day is January 8, 2027:
// November and December have ended without actuals until January's first
// week is typed.
func TestBrowserActuals(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	day := time.Date(2027, 1, 8, 9, 0, 0, 0, time.Local)
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := browser(t)
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, string(lang))

			// The engine's copy of what the page is told.
			s, err := presets().Get("outbound")
			if err != nil {
				t.Fatal(err)
			}
			s = s.Clone()

			// The plan's controls: a year, a sales cycle, a hire and a
			// season; a bad season row is refused and named.
			plan2026On(t, ctx, day)
			// The table to type actuals into is folded, and built once
			// unfolded, as a user unfolds it.
			unfold(t, ctx, "details.actuals-table")
			april := map[i18n.Lang]string{i18n.Ja: "2026年4月", i18n.En: "Apr 2026"}[lang]
			waitText(t, ctx, `table.entry tbody tr th`, april)
			setControl(t, ctx, "lag", "1")
			eval[bool](t, ctx, `(document.querySelector('[data-control="hire-add"]').click(), true)`)
			waitFor(t, ctx, `document.querySelector('[data-control="hire-month-0"]') !== null`, "no hire row")
			setControl(t, ctx, "hire-month-0", "7")
			setControl(t, ctx, "hire-ramp_months-0", "3")
			// A refused cell keeps its text, marked, and says its row and
			// field and the value that still counts; typed again, it goes.
			setControl(t, ctx, "hire-count-0", "0")
			hireErr := map[i18n.Lang]string{i18n.Ja: "増員1行目の人数: 0より大きく1,000,000以下にしてください 前の値1のまま計算しています。",
				i18n.En: "Hire 1, Reps: must be more than 0 and at most 1,000,000 The last value, 1, still counts."}[lang]
			waitText(t, ctx, `[data-plan="hire-errors"] .field-error`, hireErr)
			if !eval[bool](t, ctx, `(el => el.value === "0" && el.getAttribute("aria-invalid") === "true")(document.querySelector('[data-control="hire-count-0"]'))`) {
				t.Error("the refused hire count is not kept, marked, in its cell")
			}
			if got := described(t, ctx, `[data-control="hire-count-0"]`); got != hireErr {
				t.Errorf("the refused hire count is described by %q, want its message %q", got, hireErr)
			}
			setControl(t, ctx, "hire-count-0", "1")
			waitFor(t, ctx, `document.querySelector('[data-plan="hire-errors"]') === null`, "a hire count put right is still refused")
			setControl(t, ctx, "seasonality", "1 1 1")
			waitFor(t, ctx, `document.querySelector('.plan-settings .field-error') !== null`, "a 3-weight season is not refused")
			// … in the page's language (it read the engine's English on the Japanese page).
			seasonErr := map[i18n.Lang]string{i18n.Ja: "季節性: 計画の開始月から月ごとに12個の重みが必要です（3個）",
				i18n.En: "Seasonality: must hold 12 weights, one per month from the plan's first month; got 3"}[lang]
			waitText(t, ctx, `.plan-settings .field-error`, seasonErr)
			if got := described(t, ctx, `[data-control="seasonality"]`); got != seasonErr {
				t.Errorf("the refused season row is described by %q, want its message %q", got, seasonErr)
			}
			setControl(t, ctx, "seasonality", "1\t1\t1.2\t1\t1\t1\t1\t0.8\t1\t1\t1\t1.2")
			waitFor(t, ctx, `document.querySelector('.plan-settings .field-error') === null`, "a 12-weight season is refused")
			for k, v := range map[string]float64{scenario.KeyStartYear: 2026, scenario.KeyLag: 1} {
				if err := s.Set(k, v); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.SetHires([]forecast.Hire{{Month: 7, Count: 1, RampMonths: 3}}); err != nil {
				t.Fatal(err)
			}
			// The row is in the plan's order, April first; the scenario
			// keeps it January first.
			if err := s.SetSeasonality([]float64{1, 1, 1.2, 1, 1, 1.2, 1, 1, 1, 1, 0.8, 1}); err != nil {
				t.Fatal(err)
			}
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			waitValue(t, ctx, "forecast", "year", a.Forecast())
			// Japan's business calendar from the plan's year: its working
			// days, holidays off.
			setControl(t, ctx, "business-calendar", "true")
			if err := s.Set(scenario.KeyCalendarYear, 2026); err != nil {
				t.Fatal(err)
			}
			s.Forecast.StartYear = 0 // the calendar's year is the plan's
			if a, err = s.Answer(); err != nil {
				t.Fatal(err)
			}
			waitValue(t, ctx, "forecast", "year", a.Forecast())

			// A Salesforce export with two bad rows: the good rows are kept,
			// each bad cell named by its row and column.
			file, _ := filepath.Abs("../../testdata/actuals/salesforce-ja.csv")
			do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
			waitFor(t, ctx, `document.querySelector('[data-import="result"]') !== null`, "the import says nothing")
			data := readFile(t, file)
			res, acts := s.ImportCSV(data)
			if err := s.SetActuals(acts); err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, p := range res.Problems {
				want = append(want, report.Problem(lang, p))
			}
			got := eval[[]string](t, ctx, `[...document.querySelectorAll('.problems li')].map(li => li.textContent)`)
			if strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) != 3 {
				t.Errorf("problems on the page:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}

			// The year so far, figure for figure the engine's.
			rf, err := s.RefitOn(day)
			if err != nil {
				t.Fatal(err)
			}
			r := report.NewRefit(rf, lang, s.Currency)
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
			if eval[bool](t, ctx, `document.querySelector('[data-refit="partial"]') !== null`) {
				t.Error("whole months are said to be partial")
			}
			for name, want := range map[string]string{"gap": r.Gap, "pace": r.Pace, "prob": r.Prob, "leak": r.LeakLine,
				"pace-line": r.PaceText()} {
				if got := text(t, ctx, fmt.Sprintf(`[data-refit=%q]`, name)); got != want {
					t.Errorf("%s on the page %q, want %q", name, got, want)
				}
			}
			if rf.Leak < 0 || r.Steps[rf.Leak].Label != text(t, ctx, `table.steps tr.leak th`) {
				t.Errorf("the leak row is %q", text(t, ctx, `table.steps tr.leak th`))
			}

			// The monthly review: October, every KPI graded, the three most
			// behind listed.
			rv := report.NewReview(rf, s.Actuals, false, lang, s.Currency)
			if got := text(t, ctx, `.review h2`); !strings.HasSuffix(got, rv.Period) {
				t.Errorf("review title %q, want the period %q", got, rv.Period)
			}
			statuses := eval[[]string](t, ctx, `[...document.querySelectorAll('.review-table [data-status]')].map(s => s.dataset.status)`)
			if len(statuses) != len(rv.Rows) {
				t.Fatalf("%d review rows on the page, want %d", len(statuses), len(rv.Rows))
			}
			for i, row := range rv.Rows {
				if want := [...]string{"on", "risk", "off"}[row.Status]; statuses[i] != want {
					t.Errorf("%s: status %s, want %s", row.Label, statuses[i], want)
				}
			}
			if n := eval[int](t, ctx, `document.querySelectorAll('[data-review="behind"] li').length`); n != len(rv.Behind) || n != 3 {
				t.Errorf("%d most behind, want %d", n, len(rv.Behind))
			}
			// One model: the review's target for calls is the monthly
			// plan's Required for the month (with the hire, the season and
			// the sales cycle: it read the year's need spread as the goal
			// is), and the review says what its targets are.
			callsLabel := map[i18n.Lang]string{i18n.Ja: "架電数", i18n.En: "Calls"}[lang]
			reviewCalls := eval[string](t, ctx, fmt.Sprintf(`document.querySelector('.review-table tr[data-review=%q] td:nth-of-type(3)').textContent`, callsLabel))
			unfold(t, ctx, `details[data-fold="months"]`)
			waitFor(t, ctx, `document.querySelector('table.months tbody tr') !== null`, "the monthly plan has no rows")
			planCalls := eval[string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('table.months tbody tr')].find(tr => tr.querySelector('th').textContent === %q).querySelectorAll('td')[2].textContent`, rv.Period))
			if reviewCalls != planCalls || reviewCalls == "" {
				t.Errorf("%s: the review's target for calls %q, the monthly plan's Required %q", rv.Period, reviewCalls, planCalls)
			}
			if got := text(t, ctx, `[data-review="note"]`); got != rv.Note || rv.Note == "" {
				t.Errorf("the review's note %q, want %q", got, rv.Note)
			}
			// On a phone the hires and the review fit 390 px, each figure and
			// field under its head's name in the page's language: their four
			// and six columns scrolled sideways.
			do(t, ctx, chromedp.EmulateViewport(390, 844))
			heads := []string{lang.T("plan.hire_month"), lang.T("plan.hire_count"), lang.T("plan.hire_ramp"),
				lang.T("review.cadence"), lang.T("review.actual"), lang.T("review.target"), lang.T("review.rate"), lang.T("review.status"),
				lang.T("review.ahead_month")}
			waitFor(t, ctx, `innerWidth === 390`, "the window is not 390 px wide")
			do(t, ctx, chromedp.Sleep(400*time.Millisecond))
			if got := eval[[]string](t, ctx, onPhone); strings.Join(got, "|") != strings.Join(heads, "|") {
				t.Errorf("on a phone the hires' and the review's first rows read %q, want every cell under its head %q", got, heads)
			}
			if wide := eval[[]string](t, ctx, tablesWide); len(wide) > 0 {
				t.Errorf("on a phone: %v", wide)
			}
			eval[bool](t, ctx, `(document.querySelector('table.review-table').scrollIntoView(), true)`)
			screenshot(t, ctx, "review-phone-"+string(lang))
			do(t, ctx, chromedp.EmulateViewport(1280, 900))
			// Its Print puts the review alone on one A4 page: its title, each
			// KPI's actual and grade, and none of the handout. (The handout's
			// rules hid the year's card that holds it: a blank page.)
			needPoppler(t)
			eval[bool](t, ctx, `(document.documentElement.setAttribute("data-print", "review"), true)`)
			printed := printPDF(t, ctx)
			keep(t, printed, "review-"+string(lang)+".pdf")
			pages, paper := readPDF(t, printed)
			eval[bool](t, ctx, `(document.documentElement.removeAttribute("data-print"), true)`)
			if pages != 1 {
				t.Errorf("the review prints on %d pages, want 1", pages)
			}
			onPaper := []string{s.Title.In(string(lang)), lang.T("review.monthly") + " — " + rv.Period}
			for _, row := range rv.Rows {
				onPaper = append(onPaper, row.Label, row.Actual, row.Text)
			}
			for _, w := range onPaper {
				if !containsRuns(paper, w) {
					t.Errorf("the review's print lacks %q", w)
				}
			}
			if containsRuns(paper, lang.T("handout.assumptions")) || containsRuns(paper, lang.T("required.table")) {
				t.Error("the review's print shows the handout")
			}

			// A weekly HubSpot export, dropped on the drop zone, and the
			// weekly review.
			file, _ = filepath.Abs("../../testdata/actuals/hubspot-ja.csv")
			weekly := readFile(t, file)
			eval[bool](t, ctx, fmt.Sprintf(`(() => { const dt = new DataTransfer();
				dt.items.add(new File([Uint8Array.from(atob(%q), c => c.charCodeAt(0))], 'hubspot-ja.csv', {type: 'text/csv'}));
				document.querySelector('[data-control="drop"]').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
				return true })()`, base64.StdEncoding.EncodeToString(weekly)))
			waitFor(t, ctx, `document.querySelector('[data-import="result"] strong')?.textContent === 'hubspot-ja.csv'`, "the dropped file was not read")
			_, wk := s.ImportCSV(weekly)
			if err := s.SetActuals(scenario.MergeActuals(s.Actuals, wk)); err != nil {
				t.Fatal(err)
			}
			eval[bool](t, ctx, `(document.querySelector('[data-control="review-weekly"]').click(), true)`)
			rf, err = s.RefitOn(day)
			if err != nil {
				t.Fatal(err)
			}
			wrv := report.NewReview(rf, s.Actuals, true, lang, s.Currency)
			title := map[i18n.Lang]string{i18n.Ja: "週次レビュー", i18n.En: "Weekly review"}[lang] + " — " + wrv.Period
			waitText(t, ctx, `.review h2`, title)
			r = report.NewRefit(rf, lang, s.Currency)
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)

			// October's weeks, under the Salesforce file's month totals:
			// the table of its weeks says the total counts and what it is
			// (the weeks typed changed nothing, and it said nothing).
			setControl(t, ctx, "actuals-entry", "6")
			octTotal := map[i18n.Lang]string{i18n.Ja: "2026年10月は月の合計が入っています（売上 600万円、受注件数 6、商談数 23、初回商談数（アポ） 156、架電数 7,800）。週の値は、月ごとの表でその合計を消すと数えます。",
				i18n.En: "Oct 2026 has a total for the month (Revenue ¥6,000,000, Deals won 6, Opportunities 23, First meetings 156, Calls 7,800): the weeks count once that total is cleared in the table by month."}[lang]
			waitText(t, ctx, `[data-actuals="week-totals"]`, octTotal)

			// Typed week by week: January 2027's first week, refused text
			// named in the page's language, then a number the engine takes.
			setControl(t, ctx, "actuals-entry", "9")
			week1 := `input.actual[data-actual="revenue"][data-week="1"]`
			// January's own rows: October's five were there until the page
			// rendered the choice (CI read October's total as January's).
			jan := `document.querySelector('` + week1 + `[data-year="2027"][data-month="1"]') !== null && document.querySelectorAll('table.entry tbody tr').length === 5`
			waitFor(t, ctx, jan, "no weekly entry rows for January 2027")
			if got := text(t, ctx, `[data-actuals="week-totals"]`); got != "" {
				t.Errorf("January 2027 has no total, its weeks say %q", got)
			}
			// Each week's placeholder is the month's plan times the week's
			// share of its working days: the weeks add up to the month.
			pl := rf.Answer.Plan
			rev, _ := pl.Model.Index("revenue")
			fm := i18n.Format{Lang: lang, Currency: s.Currency}
			for w := 1; w <= 5; w++ {
				want := fm.Node(pl.Model.Node(rev), forecast.PlanValue(pl, 9, rev)*pl.WeekShare(9, w), kpi.Week)
				sel := fmt.Sprintf(`input.actual[data-actual="revenue"][data-week="%d"]`, w)
				if got := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).placeholder`, sel)); got != want {
					t.Errorf("week %d of January 2027: placeholder %q, want %q", w, got, want)
				}
			}
			week2 := strings.Replace(week1, `"1"`, `"2"`, 1)
			typeInto := func(cell, text string) {
				eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector(%q); el.value = %q;
					el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, cell, text))
			}
			errs := `[...document.querySelectorAll('.actuals .field-error')].map(e => e.textContent).join(" | ")`
			// byKeys types text into cell by keyboard and presses Tab: the
			// focus goes on to the next cell, the same element, as the
			// messages come or go (they came before the table, which was
			// rebuilt, and the focus fell to <body>).
			byKeys := func(cell, text string) {
				t.Helper()
				eval[bool](t, ctx, fmt.Sprintf(`(el => { const all = [...document.querySelectorAll('input.actual')];
					window.__next = all[all.indexOf(el) + 1]; window.__said = document.querySelectorAll('.actuals .field-error').length;
					el.focus(); el.select(); return true })(document.querySelector(%q))`, cell))
				if text == "" {
					key(t, ctx, kb.Backspace)
				} else {
					do(t, ctx, chromedp.KeyEvent(text))
				}
				key(t, ctx, kb.Tab)
				waitFor(t, ctx, `document.querySelectorAll('.actuals .field-error').length !== window.__said`, "typing "+text+" changed no message")
				if !waitUntil(ctx, `document.activeElement === window.__next`, 2*time.Second) {
					t.Errorf("typed %q and Tab in %s: the focus is on %s, want the next cell", text, cell, eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 160)`))
				}
			}
			// Two cells refused, and a hire's: each keeps its text, marked,
			// and each is named, in the table's order.
			byKeys(week2, "-5")
			typeInto(week1, "たくさん")
			bad1 := map[i18n.Lang]string{i18n.Ja: "売上（2027年1月 第1週）", i18n.En: "Revenue (Jan 2027 week 1)"}[lang]
			bad2 := map[i18n.Lang]string{i18n.Ja: "売上（2027年1月 第2週）: 「-5」", i18n.En: `Revenue (Jan 2027 week 2): "-5"`}[lang]
			if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('.actuals .field-error').length === 2 &&
				document.querySelector('.actuals .field-error').textContent.startsWith(%q)`, bad1), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Errorf("a bad weekly actual is not named %q first of two: the page says %q", bad1, eval[string](t, ctx, errs))
			}
			marked := func(when string) {
				t.Helper()
				for cell, want := range map[string]string{week1: "たくさん", week2: "-5", `[data-control="hire-count-0"]`: "0"} {
					if got := eval[string](t, ctx, fmt.Sprintf(`(el => el.getAttribute("aria-invalid") + " " + el.value)(document.querySelector(%q))`, cell)); got != "true "+want {
						t.Errorf("%s: %s reads %q, want it marked and keeping %q", when, cell, got, want)
					}
					// Each cell is described by its own message (a hire's
					// cell was by none: a screen reader said "invalid", not why).
					says := want
					if !strings.HasPrefix(cell, "input.actual") {
						says = hireErr
					}
					if got := described(t, ctx, cell); !strings.Contains(got, says) {
						t.Errorf("%s: %s is described by %q, want its message, naming %q", when, cell, got, says)
					}
				}
			}
			setControl(t, ctx, "hire-count-0", "0")
			waitText(t, ctx, `[data-plan="hire-errors"] .field-error`, hireErr)
			marked("typed")
			// Reloaded, each comes back in its cell, marked, with its
			// message (the cells came back empty, the hire silently 1).
			said := eval[string](t, ctx, errs)
			reload(t, ctx)
			waitFor(t, ctx, `document.body?.dataset.drawn === "true"`, "the page did not come back")
			unfold(t, ctx, "details.actuals-table")
			setControl(t, ctx, "actuals-entry", "9")
			waitFor(t, ctx, jan, "no weekly entry rows for January 2027 after the reload")
			marked("reloaded")
			waitText(t, ctx, `[data-plan="hire-errors"] .field-error`, hireErr)
			if got := eval[string](t, ctx, errs); got != said {
				t.Errorf("reloaded, the page says %q, want %q", got, said)
			}
			setControl(t, ctx, "hire-count-0", "1")
			waitFor(t, ctx, `document.querySelector('[data-plan="hire-errors"]') === null`, "a hire count put right is still refused")
			typeInto(week1, "3,000,000")
			// Taken, it reads as typed, grouped (it turned into 3000000).
			waitFor(t, ctx, fmt.Sprintf(`(el => el.getAttribute("aria-invalid") === null && el.getAttribute("aria-describedby") === null && el.value === "3,000,000")(document.querySelector(%q))`, week1),
				"a good value stays marked, or reads other than 3,000,000")
			if got := eval[string](t, ctx, errs); !strings.HasPrefix(got, bad2) || strings.Contains(got, "|") {
				t.Errorf("after week 1's fix the page says %q, want week 2's refusal alone", got)
			}
			byKeys(week2, "") // the last message goes
			if err := s.SetActuals(scenario.MergeActuals(s.Actuals, forecast.Actuals{{Year: 2027, Month: 1, Week: 1, Node: "revenue", Value: 3_000_000}})); err != nil {
				t.Fatal(err)
			}
			if rf, err = s.RefitOn(day); err != nil {
				t.Fatal(err)
			}
			r = report.NewRefit(rf, lang, s.Currency)
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
			if text(t, ctx, `.actuals .field-error`) != "" {
				t.Error("the error stays after a good value")
			}
		})
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// An export whose last month has only its first two weeks: the page says,
// in its language, that the month counts as closed without its remaining
// weeks, as the CLI does (report.Refit.Partial); whole months say nothing.
func TestBrowserActualsPartialMonth(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	data := append(readFile(t, "../../testdata/actuals/salesforce-en.csv"),
		[]byte("\"11/2/2026\",\"1,900\",\"38\",\"6\",\"1\",\"JPY 1,000,000\"\n\"11/9/2026\",\"2,000\",\"40\",\"6\",\"2\",\"JPY 2,000,000\"\n")...)
	file := tempFile(t, "weeks.csv", data)
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := browser(t)
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, string(lang))
			plan2026On(t, ctx, time.Date(2026, 11, 16, 9, 0, 0, 0, time.Local)) // November's third week runs
			_, s, rf := refit2026(t, data)
			r := report.NewRefit(rf, lang, s.Currency)
			want := r.Partial
			if want == "" {
				t.Fatal("the engine finds no partial month")
			}
			do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
			waitText(t, ctx, `[data-refit="partial"]`, want)
			// The month to date and its rest at the plan, as the CLI shows.
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
			waitText(t, ctx, `[data-refit="pace"]`, r.Pace)
			rows := eval[[]string](t, ctx, `[...document.querySelectorAll('.refit-table tbody th')].map(th => th.textContent)`)
			if !slices.Contains(rows, r.Months[7].Label) || !slices.Contains(rows, r.Months[8].Label) || len(rows) != 13 {
				t.Errorf("months %q, want %q and %q among 13", rows, r.Months[7].Label, r.Months[8].Label)
			}
			eval[bool](t, ctx, `(document.querySelector('[data-refit="partial"]').scrollIntoView({block: "center"}), true)`)
			screenshot(t, ctx, "partial-month-"+string(lang))
		})
	}
}

// A weekly export that starts mid-month (the week of Monday 28 September)
// counts September's weeks with actuals against their share of its goal,
// and the page names weeks 1–3 and their plan in both languages, as the
// CLI does (TestActualsCLIWeeksLeftOut). September read "¥2,000,000 actual
// 40%" against its whole goal.
func TestBrowserActualsWeeksLeftOut(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	data := []byte("Week,Deals won,Revenue\n2026-09-28,2,2000000\n2026-10-05,2,2000000\n")
	file := tempFile(t, "weekly.csv", data)
	_, s, rf := refitPreset2026(t, "inside-sales", data)
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			r := report.NewRefit(rf, lang, s.Currency)
			if !strings.Contains(r.Partial, map[i18n.Lang]string{i18n.Ja: "第1〜3週", i18n.En: "weeks 1–3 of Sep 2026"}[lang]) {
				t.Fatalf("the engine names no weeks left out: %q", r.Partial)
			}
			// October 9: October runs, in its week 2.
			ctx := importedInto(t, srv.URL, lang, "inside-sales", file, fmt.Sprintf(clockJS, time.Until(time.Date(2026, 10, 9, 9, 0, 0, 0, time.Local)).Milliseconds()))
			waitText(t, ctx, `[data-refit="partial"]`, r.Partial)
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
			rows := eval[[]string](t, ctx, `[...document.querySelectorAll('.refit-table tbody th')].map(th => th.textContent)`)
			if !slices.Contains(rows, r.Months[5].Label) || !slices.Contains(rows, r.Months[6].Label) || len(rows) != 14 {
				t.Errorf("months %q, want %q and %q among 14", rows, r.Months[5].Label, r.Months[6].Label)
			}
			eval[bool](t, ctx, `(document.querySelector('.refit-table').scrollIntoView({block: "start"}), true)`)
			screenshot(t, ctx, "weeks-left-out-"+string(lang))
			eval[bool](t, ctx, `(document.querySelector('[data-refit="partial"]').scrollIntoView({block: "center"}), true)`)
			screenshot(t, ctx, "weeks-left-out-note-"+string(lang))
		})
	}
}

// Churn twice the plan's is behind, on the page as in the engine: the
// review grades churned ARR and the churn rate against a most (both off
// track, the first two behind), and the funnel names the churn rate the
// worst leak at 16 %, 200 % of plan. The page read churned ARR 200 % on
// track, and the churn rate 1.33 % (a month's churn over a year's ARR up
// for renewal), 16.67 % of plan.
func TestBrowserChurnAtMost(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	data := []byte("Month,Deals won,Opportunities,Churned ARR\nApril 2026,6,24,4000000\nMay 2026,6,24,4000000\n")
	file := tempFile(t, "churn.csv", data)
	_, s, rf := refitPreset2026(t, "saas-revenue", data)
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			rv := report.NewReview(rf, s.Actuals, false, lang, s.Currency)
			r := report.NewRefit(rf, lang, s.Currency)
			if len(rv.Behind) < 2 || !rv.Rows[rv.Behind[0]].AtMost || !rv.Rows[rv.Behind[1]].AtMost {
				t.Fatalf("the engine's review %+v: churn is not first behind", rv)
			}
			ctx := importedInto(t, srv.URL, lang, "saas-revenue", file)
			waitText(t, ctx, `[data-refit="leak"]`, r.LeakLine)
			want := map[i18n.Lang]string{i18n.Ja: "最も歩留まりが悪いステップ: 解約率（計画比 200%）", i18n.En: "The worst leak: Churn rate (200% of plan)"}[lang]
			if r.LeakLine != want {
				t.Errorf("leak line %q, want %q", r.LeakLine, want)
			}
			for _, j := range rv.Behind[:2] {
				row := rv.Rows[j]
				sel := fmt.Sprintf(`.review-table tr[data-review=%q] [data-status]`, row.Label)
				waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q) !== null`, sel), "no review row "+row.Label)
				if got := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).dataset.status`, sel)); got != "off" {
					t.Errorf("%s: status %q on the page, want off track", row.Label, got)
				}
			}
			if got := text(t, ctx, `.review .legend`); got != rv.Legend {
				t.Errorf("the legend on the page %q, want %q", got, rv.Legend)
			}
			behind := eval[[]string](t, ctx, `[...document.querySelectorAll('[data-review="behind"] li')].map(li => li.textContent)`)
			most := map[i18n.Lang]string{i18n.Ja: " 上限比200%", i18n.En: " 200% of the limit"}[lang]
			if len(behind) < 2 || behind[0] != rv.Rows[rv.Behind[0]].Label+most {
				t.Errorf("behind %q, want %q first at %s", behind, rv.Rows[rv.Behind[0]].Label, most)
			}
			eval[bool](t, ctx, `(document.querySelector('.review').scrollIntoView({block: "start"}), true)`)
			screenshot(t, ctx, "churn-review-"+string(lang))
			eval[bool](t, ctx, `(document.querySelector('[data-refit="leak"]').scrollIntoView({block: "center"}), true)`)
			screenshot(t, ctx, "churn-leak-"+string(lang))
		})
	}
}

// A most under half a unit a month (4 cancellations a year) is in the
// monthly review at its pace, 0.33: rounded down to 0, its row was left
// out, and a month with a cancellation read as if it had none. The
// legend's two sentences read apart ("below 90%. A KPI at most …"; they
// ran together, 「90%未満上限のKPIは」 in Japanese).
func TestBrowserSmallMost(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	tree, _ := filepath.Abs("../../testdata/scenarios/cancellations.yaml")
	data := []byte("Month,Deals won,Cancellations\nApril 2026,9,1\n")
	file := tempFile(t, "cancellations.csv", data)
	base, err := scenario.Parse(readFile(t, tree), "cancellations")
	if err != nil {
		t.Fatal(err)
	}
	_, rf := refitWith(t, base, data)
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			rv := report.NewReview(rf, base.Actuals, false, lang, base.Currency)
			label := map[i18n.Lang]string{i18n.Ja: "解約件数（上限）", i18n.En: "Cancellations at most"}[lang]
			j := slices.IndexFunc(rv.Rows, func(r report.ReviewRow) bool { return r.Label == label })
			if j < 0 || len(rv.Behind) == 0 || rv.Behind[0] != j {
				t.Fatalf("the engine's review %+v: cancellations are not first behind", rv)
			}
			ctx := browser(t)
			// May 6, 2026: the tree's plan (from April 2026) has April over.
			beforeScripts(t, ctx, fmt.Sprintf(clockJS, time.Until(time.Date(2026, 5, 6, 9, 0, 0, 0, time.Local)).Milliseconds()))
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, string(lang))
			do(t, ctx, chromedp.SetUploadFiles("#file-open", []string{tree}))
			waitFor(t, ctx, `document.querySelector('.share-message[data-alert="false"]')?.textContent.includes("cancellations.yaml")`, "opening the tree was not said")
			do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
			row := fmt.Sprintf(`.review-table tr[data-review=%q]`, label)
			waitFor(t, ctx, fmt.Sprintf(`document.querySelector(%q) !== null`, row), "no review row "+label)
			cells := eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('%s td')].map(td => td.textContent)`, row))
			most := map[i18n.Lang]string{i18n.Ja: "上限比303.03%", i18n.En: "303.03% of the limit"}[lang]
			if len(cells) < 5 || cells[1] != "1" || cells[2] != "0.33" || cells[3] != most { // and what is needed from now on, when a row has it
				t.Errorf("the row's cells %q, want 1 of at most 0.33: %s", cells, most)
			}
			if got := eval[string](t, ctx, fmt.Sprintf(`document.querySelector('%s [data-status]').dataset.status`, row)); got != "off" {
				t.Errorf("status %q on the page, want off track", got)
			}
			behind := eval[[]string](t, ctx, `[...document.querySelectorAll('[data-review="behind"] li')].map(li => li.textContent)`)
			if len(behind) == 0 || behind[0] != label+" "+most {
				t.Errorf("behind %q, want %s first", behind, label)
			}
			legend := text(t, ctx, `.review .legend`)
			apart := map[i18n.Lang]string{i18n.Ja: "90%未満。上限のKPIは", i18n.En: "below 90%. A KPI at most"}[lang]
			if legend != rv.Legend || !strings.Contains(legend, apart) {
				t.Errorf("the legend on the page %q, want %q with %q", legend, rv.Legend, apart)
			}
			eval[bool](t, ctx, `(document.querySelector('.review').scrollIntoView({block: "start"}), true)`)
			screenshot(t, ctx, "small-most-review-"+string(lang))
		})
	}
}

// A Shift_JIS export, as Japanese Excel ("CSV (コンマ区切り)") and kintone
// save by default, imports in the page as its UTF-8 twin does: the same
// problems, each in its row and column, and the same year so far. The page
// refused it ("not UTF-8 text"). The browser decodes it (TextDecoder), the
// CLI with golang.org/x/text: both read the same figures.
func TestBrowserActualsShiftJIS(t *testing.T) {
	_, ctx := openSite(t)
	pickLang(t, ctx, "ja")
	plan2026(t, ctx)

	res, s, rf := refit2026(t, readFile(t, "../../testdata/actuals/salesforce-ja.csv")) // the UTF-8 twin
	var want []string
	for _, p := range res.Problems {
		want = append(want, report.Problem(i18n.Ja, p))
	}

	file, _ := filepath.Abs("../../testdata/actuals/salesforce-ja-sjis.csv")
	do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
	waitFor(t, ctx, `document.querySelector('[data-import="result"]') !== null`, "the import says nothing")
	got := eval[[]string](t, ctx, `[...document.querySelectorAll('.problems li')].map(li => li.textContent)`)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the Shift_JIS file's problems:\n%s\nthe UTF-8 file's:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	r := report.NewRefit(rf, i18n.Ja, s.Currency)
	waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
	for name, want := range map[string]string{"gap": r.Gap, "pace": r.Pace} {
		if got := text(t, ctx, fmt.Sprintf(`[data-refit=%q]`, name)); got != want {
			t.Errorf("%s on the page %q, want the UTF-8 file's %q", name, got, want)
		}
	}
}

// outbound2026 is the engine's copy of the page's outbound preset once its
// plan's start year is set to 2026.
func outbound2026(t *testing.T) *scenario.Scenario { return preset2026(t, "outbound") }

// preset2026 is preset id with its plan in 2026.
func preset2026(t *testing.T, id string) *scenario.Scenario {
	t.Helper()
	s, err := presets().Get(id)
	if err != nil {
		t.Fatal(err)
	}
	s = s.Clone()
	if err := s.Set(scenario.KeyStartYear, 2026); err != nil {
		t.Fatal(err)
	}
	return s
}

// refit2026 imports data into outbound2026 as the page does and returns
// what the import read, the scenario and its re-forecast: the figures the
// page must show.
func refit2026(t *testing.T, data []byte) (*actuals.Result, *scenario.Scenario, *forecast.Reforecast) {
	return refitPreset2026(t, "outbound", data)
}

// refitPreset2026 is refit2026 for preset id.
func refitPreset2026(t *testing.T, id string, data []byte) (*actuals.Result, *scenario.Scenario, *forecast.Reforecast) {
	t.Helper()
	s := preset2026(t, id)
	res, rf := refitWith(t, s, data)
	return res, s, rf
}

// refitWith imports the CSV data into s and re-forecasts it.
func refitWith(t *testing.T, s *scenario.Scenario, data []byte) (*actuals.Result, *forecast.Reforecast) {
	t.Helper()
	res, acts := s.ImportCSV(data)
	if err := s.SetActuals(acts); err != nil {
		t.Fatal(err)
	}
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	return res, rf
}

// An import of actuals is a step Undo shows at once (it stayed greyed: the
// file's change event comes before its bytes), and undoing it empties the
// entry table's cells it filled: they kept the imported numbers on screen
// (go-app removed the value attribute, not the value the input shows:
// PATCH.md change 8), while the year so far, and a reload, had none. Its
// report goes with it.
func TestUndoImportClearsCells(t *testing.T) {
	ctx := readyApp(t)
	pickLang(t, ctx, "en")
	plan2026(t, ctx)
	unfold(t, ctx, `details.actuals-table`)
	const filled = `[...document.querySelectorAll('input.actual')].filter(i => i.value !== '').length`
	if n := eval[int](t, ctx, filled); n != 0 {
		t.Fatalf("%d cells hold a value before the import", n)
	}
	file, _ := filepath.Abs("../../testdata/actuals/salesforce-ja.csv")
	do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
	waitFor(t, ctx, filled+` > 0`, "the import filled no cell")
	waitFor(t, ctx, `!document.querySelector('#undo').disabled`, "Undo is greyed after the import")
	waitFor(t, ctx, `document.querySelector('[data-import="result"]') !== null`, "the import says nothing")
	eval[bool](t, ctx, `(document.querySelector('#undo').click(), true)`)
	waitFor(t, ctx, `document.querySelector('[data-refit="achievement"]') === null`, "the undo left the year so far")
	waitFor(t, ctx, filled+` === 0`, "the undone import's numbers stay in the entry table")
	waitFor(t, ctx, `document.querySelector('[data-import="result"]') === null`, "the undone import's report stays")
}

// A file fixed and imported again under its name is read again: the
// picker kept the file it had chosen, and choosing it once more changed
// nothing (no change event), so April's corrected revenue never came in.
func TestActualsFileAgain(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		plan2026(t, ctx)
		file := filepath.Join(t.TempDir(), "crm.csv")
		for _, revenue := range []string{"6000000", "7000000"} {
			data := []byte("Month,Revenue\n2026-04," + revenue + "\n")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			_, s, rf := refit2026(t, data)
			r := report.NewRefit(rf, i18n.Lang(lang), s.Currency)
			do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
		}
	})
}

// The last import's report outlives a reload: which rows a CRM export
// left out, and why, still reads after the tab is reloaded (it was gone,
// with the imported numbers kept), in the page's language and then in the
// other (TestUndoImportClearsCells: an undo takes it away).
func TestImportReportAfterReload(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		plan2026(t, ctx)
		file, _ := filepath.Abs("../../testdata/actuals/salesforce-ja.csv")
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		waitFor(t, ctx, `document.querySelectorAll('[data-import="result"] .problems li').length === 3`, "the import does not list its three problems")
		const report = `[...document.querySelectorAll('[data-import="result"] p, [data-import="result"] li')].map(e => e.textContent)`
		want := eval[[]string](t, ctx, report)
		if !strings.Contains(want[0], "salesforce-ja.csv") {
			t.Fatalf("the report does not name the file: %q", want)
		}
		waitFor(t, ctx, `(JSON.parse(localStorage.getItem("kpisim.state") || '""') || "").includes('"import"')`, "the report was not saved with the work")
		reload(t, ctx)
		ready(t, ctx)
		waitFor(t, ctx, `document.querySelector('[data-import="result"]') !== null`, "after a reload the import's report is gone")
		if got := eval[[]string](t, ctx, report); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("after a reload the report reads\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		// In the other language, the same report in its words.
		other, read := "en", "Read "
		if lang == "en" {
			other, read = "ja", "読み込みました"
		}
		pickLang(t, ctx, other)
		waitFor(t, ctx, `document.querySelector('[data-import="result"] p')?.textContent.includes(`+strconv.Quote(read)+`)`, "the report does not follow the language")
		if n := eval[int](t, ctx, `document.querySelectorAll('[data-import="result"] .problems li').length`); n != 3 {
			t.Errorf("in %s the report lists %d problems, want 3", other, n)
		}
	})
}

// A CSV dropped anywhere on the page is imported as actuals, as if dropped
// on the year's section, and the page says so: it was read as a scenario
// and refused ("a scenario is a mapping of keys such as version…").
func TestCSVDroppedOnThePage(t *testing.T) {
	ctx := readyApp(t)
	pickLang(t, ctx, "en")
	plan2026(t, ctx)
	dropBytes(t, ctx, "salesforce-ja.csv", readFile(t, "../../testdata/actuals/salesforce-ja.csv"))
	waitFor(t, ctx, `document.querySelector('[data-refit="achievement"]') !== null`, "the dropped CSV was not imported as actuals")
	waitFor(t, ctx, `document.querySelector('.share-notice').textContent.includes('salesforce-ja.csv was read as a CSV of actuals')`,
		"the page did not say where the CSV went: "+text(t, ctx, ".share-notice"))
}

// An export whose amount's header says 千円 imports on the page at its
// unit, and says so; a money column whose brackets are no unit is left
// out, named with its rule, in the page's language. The page read 9,000
// as ¥9,000 (achievement 0.11 %) and said nothing.
func TestBrowserActualsUnit(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	file := filepath.Join(t.TempDir(), "thousand.csv")
	data := []byte("\ufeff月,架電数,受注件数,受注金額（千円）,平均単価（新規）\r\n2026年4月,\"10,500\",9,\"9,000\",1000\r\n")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			ctx := browser(t)
			navigate(t, ctx, srv.URL+"/")
			ready(t, ctx)
			pickLang(t, ctx, string(lang))
			plan2026(t, ctx)
			res, s, rf := refit2026(t, data)
			scaled := report.Scaled(lang, res)
			if scaled == "" || len(res.Problems) != 1 || res.Problems[0].Code != actuals.BadUnit {
				t.Fatalf("the engine read %q, problems %v", scaled, res.Problems)
			}
			do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
			waitFor(t, ctx, `document.querySelector('[data-import="result"]') !== null`, "the import says nothing")
			if got := text(t, ctx, `[data-import="result"] p`); !strings.HasSuffix(got, scaled) {
				t.Errorf("the import says %q, want it to end %q", got, scaled)
			}
			if got, want := text(t, ctx, `.problems li`), report.Problem(lang, res.Problems[0]); got != want {
				t.Errorf("problem %q, want %q", got, want)
			}
			r := report.NewRefit(rf, lang, s.Currency)
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
			if r.Achievement != "108%" {
				t.Errorf("achievement %s, want 108%% (¥9,000,000 of ¥8,333,333)", r.Achievement)
			}
			eval[bool](t, ctx, `(document.querySelector('[data-import="result"]').scrollIntoView({block: "center"}), true)`)
			screenshot(t, ctx, "import-unit-"+string(lang))
			if lang == i18n.Ja { // the long form and rows added up in one language: CI's time
				importLong(t, ctx, filepath.Dir(file))
				importTwice(t, ctx, filepath.Dir(file))
			}
		})
	}
}

// importLong imports a long form (月,指標,値（千円）) over the wide one and
// checks the page reads its amount ×1,000, its counts as written, and says
// so: 8,000 under 値（千円） read as ¥8,000 (achievement 0.1 %) and the
// page said nothing.
func importLong(t *testing.T, ctx context.Context, dir string) {
	t.Helper()
	data := []byte("月,指標,値（千円）\n2026年4月,架電数,\"10,500\"\n2026年4月,受注件数,8\n2026年4月,受注金額,\"8,000\"\n")
	importSays(t, ctx, filepath.Join(dir, "long.csv"), data, "96%", func(res *actuals.Result, _ *scenario.Scenario) string {
		scaled := report.Scaled(i18n.Ja, res)
		if scaled == "" || len(res.Problems) != 0 {
			t.Fatalf("the engine read %q, problems %v", scaled, res.Problems)
		}
		return scaled
	})
}

// importTwice imports two rows of April and a row of May pasted twice and
// checks the page adds them up, as the rule is, and says so, naming the
// rows equal in every cell: April read ¥7,000,000 and nothing said so.
func importTwice(t *testing.T, ctx context.Context, dir string) {
	t.Helper()
	data := []byte("年月,売上\n2026年4月,6000000\n2026年4月,1000000\n2026年5月,6000000\n2026年5月,6000000\n")
	importSays(t, ctx, filepath.Join(dir, "twice.csv"), data, "114%", func(res *actuals.Result, s *scenario.Scenario) string {
		notes := report.ImportNotes(i18n.Ja, res, s.ImportNodes())
		for _, want := range []string{"すべての列が同じ行も合計しました: 4・5行目。", "2026年4月の売上は2行を合計しました。", "2026年5月の売上は2行を合計しました。"} {
			if !strings.Contains(notes, want) {
				t.Fatalf("the engine says %q, want %q in it", notes, want)
			}
		}
		return notes
	})
}

// importSays writes data to file and imports it on the Japanese page over
// what it holds, as outbound in 2026, and checks the import's message ends
// with what says makes of the engine's import of the same bytes, and the
// achievement reads achievement (the engine's too). It screenshots the
// message as import-<file's name>-ja.
func importSays(t *testing.T, ctx context.Context, file string, data []byte, achievement string, says func(*actuals.Result, *scenario.Scenario) string) {
	t.Helper()
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	res, s, rf := refit2026(t, data)
	said := says(res, s)
	do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
	waitFor(t, ctx, fmt.Sprintf(`(document.querySelector('[data-import="result"] p')?.textContent ?? '').trim().endsWith(%q)`, said),
		"the import does not say "+said)
	r := report.NewRefit(rf, i18n.Ja, s.Currency)
	waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
	if r.Achievement != achievement {
		t.Errorf("achievement %s, want %s", r.Achievement, achievement)
	}
	eval[bool](t, ctx, `(document.querySelector('[data-import="result"]').scrollIntoView({block: "center"}), true)`)
	screenshot(t, ctx, "import-"+strings.TrimSuffix(filepath.Base(file), ".csv")+"-ja")
}

// A deal export (HubSpot's deals in Japanese: a row per deal and its
// stage) imports in the page as the engine reads it: only the won deals,
// each one deal, the import saying so in the page's language (Japanese,
// then English after a switch), and the year so far to date through the
// last closed deal's week. A lost deal's ¥1,500,000 read as April's
// revenue, and the won deals were no deals.
func TestBrowserDealExport(t *testing.T) {
	file, _ := filepath.Abs("../../testdata/actuals/hubspot-deals-ja.csv")
	res, s, rf := refit2026(t, readFile(t, file))
	if res.Stage == nil || res.Stage.Won != 4 || res.Stage.Left() != 2 {
		t.Fatalf("the engine read the stages as %+v", res.Stage)
	}
	if rf.ActualToDate != 4_000_000 {
		t.Fatalf("the engine's actual to date %v, want the won deals' ¥4,000,000", rf.ActualToDate)
	}
	_, ctx := openSite(t)
	pickLang(t, ctx, "ja")
	plan2026On(t, ctx, time.Date(2026, 5, 20, 9, 0, 0, 0, time.Local)) // the deals' last week (the 15th to the 21st) runs
	do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
	waitFor(t, ctx, `document.querySelector('[data-import="result"]') !== null`, "the import says nothing")
	if n := eval[int](t, ctx, `document.querySelectorAll('.problems li').length`); n != 0 || len(res.Problems) != 0 {
		t.Errorf("%d problems on the page (%v): a deal's name and owner are no problem", n, res.Problems)
	}
	for _, c := range []struct {
		lang   i18n.Lang
		actual string // the actual to date, as the page writes it
	}{{i18n.Ja, "400万円"}, {i18n.En, "¥4,000,000"}} {
		pickLang(t, ctx, string(c.lang))
		r := report.NewRefit(rf, c.lang, s.Currency)
		waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
		if got := text(t, ctx, `[data-section="refit"] .refit-figs`); r.ToDate != c.actual || !strings.Contains(got, r.ToDateLabel+" "+r.ToDate) {
			t.Errorf("%s: the actual to date %q (the engine's %q), want the won deals' %s", c.lang, got, r.ToDate, c.actual)
		}
		notes := report.Stages(c.lang, res, s.ImportNodes())
		if got := text(t, ctx, `[data-import="result"] p`); !strings.Contains(got, notes) {
			t.Errorf("%s: the import on the page %q, want it to say %q", c.lang, got, notes)
		}
		if got := text(t, ctx, `[data-refit="partial"]`); got != r.Partial || got == "" {
			t.Errorf("%s: May, to its third week, reads %q, want %q", c.lang, got, r.Partial)
		}
		eval[bool](t, ctx, `(document.querySelector('[data-import="result"]').scrollIntoView({block: "start"}), true)`)
		screenshot(t, ctx, "deals-import-"+string(c.lang))
	}
}

// A CRM's monthly churn rate, imported into the SaaS preset, is read ×12
// into the plan's rate per year, and the import says so: "解約率（月次）"
// at 0.7 % is 8.4 % a year, 105 % of the plan's 8 %, the worst leak. It
// was read as 0.7 % a year: a twelfth of the churn, "every step at plan
// or better", April at 114 % of its goal.
func TestBrowserMonthlyChurnRate(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	data := []byte("Month,受注件数,商談数,解約率（月次）\nApril 2026,6,24,0.7%\n")
	file := tempFile(t, "churn-rate.csv", data)
	res, s, rf := refitPreset2026(t, "saas-revenue", data)
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			r := report.NewRefit(rf, lang, s.Currency)
			want := map[i18n.Lang]string{i18n.Ja: "最も歩留まりが悪いステップ: 解約率（計画比 105%）", i18n.En: "The worst leak: Churn rate (105% of plan)"}[lang]
			if r.LeakLine != want {
				t.Fatalf("the engine's leak line %q, want %q", r.LeakLine, want)
			}
			said := map[i18n.Lang]string{
				i18n.Ja: "「解約率（月次）」は月の率として読み、12倍して1年あたりの率にしました（計画の解約率は1年あたりです）。",
				i18n.En: `"解約率（月次）" is read as a rate per month and multiplied by 12 into a rate per year, as the plan states the churn rate.`,
			}[lang]
			if note := report.ImportNotes(lang, res, s.ImportNodes()); !strings.Contains(note, said) {
				t.Fatalf("the engine's import note %q, want it to say %q", note, said)
			}
			ctx := importedInto(t, srv.URL, lang, "saas-revenue", file)
			waitText(t, ctx, `[data-refit="leak"]`, r.LeakLine)
			if note := text(t, ctx, `[data-import="result"] p`); !strings.Contains(note, said) {
				t.Errorf("the import's note on the page %q, want it to say %q", note, said)
			}
			eval[bool](t, ctx, `(document.querySelector('[data-import="result"]').scrollIntoView({block: "center"}), true)`)
			screenshot(t, ctx, "churn-rate-import-"+string(lang))
		})
	}
}

// importedInto opens the page at url in a browser of the test's own, in
// language lang, on preset id planned from 2026, and imports the actuals
// file into it. Scripts before run before the page's own (clockJS); without
// any, the page's clock is after the plan (plan2026).
func importedInto(t *testing.T, url string, lang i18n.Lang, id, file string, before ...string) context.Context {
	t.Helper()
	ctx := browser(t)
	for _, js := range before {
		beforeScripts(t, ctx, js)
	}
	navigate(t, ctx, url+"/")
	ready(t, ctx)
	pickLang(t, ctx, string(lang))
	pickPreset(t, ctx, id)
	if len(before) == 0 {
		plan2026(t, ctx)
	} else {
		setControl(t, ctx, "start-year", "2026")
	}
	do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
	return ctx
}

// plan2026 plans the page from 2026 (its start year) and moves its clock
// to November 30, 2026, the CLI's tests' day (TestMain): the samples'
// months with actuals (to October) are over and November runs, whatever
// the machine's day, so the page's dated re-forecast (RefitOn) is the
// engine's undated one (Scenario.Refit) for them; later, the months ended
// without actuals would close. The clock moves in the running page: Go's
// time.Now reads the window's Date.
func plan2026(t *testing.T, ctx context.Context) {
	t.Helper()
	plan2026On(t, ctx, planDay)
}

// plan2026On is plan2026 with the page's clock on day: the day after a
// file's last actuals, say, for its months with actuals to be over and
// none ended since without (Scenario.RefitOn of that day is the page's).
func plan2026On(t *testing.T, ctx context.Context, day time.Time) {
	t.Helper()
	pinClock(t, ctx, day)
	setControl(t, ctx, "start-year", "2026")
}

// pinClock moves the page's clock to day (clockJS): the running page's,
// and every page the tab loads after it (a reload).
func pinClock(t *testing.T, ctx context.Context, day time.Time) {
	t.Helper()
	js := fmt.Sprintf(clockJS, time.Until(day).Milliseconds())
	beforeScripts(t, ctx, js)
	eval[bool](t, ctx, js+" true")
}

// tempFile writes data to a file of that name in a directory of the test's
// own, and returns its path: what a test hands the page's file picker.
func tempFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestBrowserMonthInProgress: on August 15, 2026 (the page's clock moved
// there), a summary whose last month is August counts August's month
// totals to the 15th, and the zeros for September are kept and not
// counted, in both languages, as the CLI and the engine do
// (forecast.RefitOn): the page graded August's first half against all of
// August's goal, and read a template's zeros as months over, with "no
// problems" said.
func TestBrowserMonthInProgress(t *testing.T) {
	needBrowser(t)
	srv := serve(t, "/")
	day := time.Date(2026, 8, 15, 10, 0, 0, 0, time.Local)
	data := []byte("月,架電数,受注件数,売上\n2026年4月,7500,7,7000000\n2026年7月,7800,6,6300000\n2026年8月,3100,2,2100000\n2026年9月,0,0,0\n")
	file := tempFile(t, "summary.csv", data)
	s := preset2026(t, "outbound")
	_, acts := s.ImportCSV(data)
	if err := s.SetActuals(acts); err != nil {
		t.Fatal(err)
	}
	rf, err := s.RefitOn(day)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	if rf.PartialDay != 15 || len(rf.Ahead) != 1 || !(rf.Achievement > whole.Achievement) {
		t.Fatalf("the engine on August 15: partial day %d, ahead %v, achievement %v (undated %v)", rf.PartialDay, rf.Ahead, rf.Achievement, whole.Achievement)
	}
	for _, lang := range []i18n.Lang{i18n.Ja, i18n.En} {
		t.Run(string(lang), func(t *testing.T) {
			r := report.NewRefit(rf, lang, s.Currency)
			ctx := importedInto(t, srv.URL, lang, "outbound", file, fmt.Sprintf(clockJS, time.Until(day).Milliseconds()))
			waitText(t, ctx, `[data-refit="partial"]`, r.Partial)
			waitText(t, ctx, `[data-refit="ahead"]`, r.Ahead)
			waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
			waitText(t, ctx, `[data-refit="gap"]`, r.Gap)
			eval[bool](t, ctx, `(document.querySelector('[data-refit="partial"]').scrollIntoView({block: "center"}), true)`)
			screenshot(t, ctx, "month-in-progress-"+string(lang))
		})
	}
}
