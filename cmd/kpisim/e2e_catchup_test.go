//go:build !wasm

package main

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// What the months left take, KPI by KPI, reads on the page as the engine
// writes it and as `kpisim forecast -actuals` prints it, in both
// languages: the revenue still needed, the calls a rep a day (the pace),
// each KPI's month, week, working day and rep, beside the plan's month.
func TestCatchUpTable(t *testing.T) {
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		l := i18n.Lang(lang)
		plan2026(t, ctx)
		const csv = "../../testdata/actuals/salesforce-ja.csv"
		_, s, rf := refit2026(t, readFile(t, csv))
		r := report.NewRefit(rf, l, s.Currency)
		c := r.CatchUp
		if c == nil {
			t.Fatal("the engine has no table of the months left")
		}
		file, _ := filepath.Abs(csv)
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		waitFor(t, ctx, `document.querySelectorAll('[data-refit="catchup"] tbody tr').length === `+strconv.Itoa(len(c.Rows)), "no table of the months left after the import")

		out, errOut, code := runCmd("forecast", "-lang", lang, "-trials", "0", "-width", "200", "-actuals", csv, "outbound")
		if code != 0 {
			t.Fatalf("kpisim forecast: exit %d: %s", code, errOut)
		}
		cli := map[string]string{} // a KPI's line of the CLI's table
		inTable := false
		for _, line := range strings.Split(out, "\n") {
			if line == c.Head {
				inTable = true
				continue
			}
			if inTable && line != "" {
				for _, row := range c.Rows {
					if strings.HasPrefix(line, row.Label+" ") {
						cli[row.ID] = line
					}
				}
			}
		}
		waitText(t, ctx, `[data-refit="catchup"] h3`, c.Head)
		for _, row := range c.Rows {
			want := []string{row.Label, row.Total.Text}
			for _, f := range row.Figures {
				want = append(want, f.Text)
			}
			want = append(want, row.Plan.Text, row.Ratio)
			got := eval[[]string](t, ctx, `[...document.querySelectorAll('[data-catchup="`+row.ID+`"] > *')].map(c => c.textContent)`)
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("%s on the page: %q\nwant %q", row.ID, got, want)
			}
			if strings.Join(strings.Fields(cli[row.ID]), " ") != strings.Join(strings.Fields(strings.Join(want, " ")), " ") {
				t.Errorf("%s in the CLI: %q\nthe page's: %q", row.ID, cli[row.ID], want)
			}
		}
		// The monthly review's column of what each KPI needs from now on
		// reads the table's month.
		for _, row := range c.Rows {
			want := row.Figures[0].Text
			if got := text(t, ctx, `[data-review-ahead=`+strconv.Quote(row.Label)+`]`); got != want {
				t.Errorf("the review says %s needs %q a month from now, the table %q", row.Label, got, want)
			}
		}
		// The goal's total is the still-needed line's; the calls' rep
		// column the pace's.
		if got := text(t, ctx, `[data-catchup="revenue"] [data-period="left"]`); got != r.Remaining {
			t.Errorf("revenue still needed %q, the line above it %q", got, r.Remaining)
		}
		if got, pace := text(t, ctx, `[data-catchup="calls"] [data-period="rep_day"]`), text(t, ctx, `[data-refit="pace"]`); got != pace {
			t.Errorf("calls a rep a day %q, the pace %q", got, pace)
		}
	})
}

// Once actuals are in, the summary's first line says the year so far in
// the figures of the card below (the headline and its cards keep the
// plan's, marked), and its button takes focus to that card. Undoing the
// import takes the line away.
func TestYearLine(t *testing.T) {
	needAxe(t)
	inEachLang(t, func(t *testing.T, ctx context.Context, lang string) {
		l := i18n.Lang(lang)
		plan2026(t, ctx)
		if eval[bool](t, ctx, `!document.querySelector('[data-output="year-line"]').hidden`) {
			t.Error("the year's line shows before any actual")
		}
		const csv = "../../testdata/actuals/salesforce-ja.csv"
		_, s, rf := refit2026(t, readFile(t, csv))
		r := report.NewRefit(rf, l, s.Currency)
		file, _ := filepath.Abs(csv)
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		waitText(t, ctx, `[data-refit="prob"]`, r.Prob)
		line := `document.querySelector('[data-output="year-line"]')`
		waitFor(t, ctx, `!`+line+`.hidden && `+line+`.textContent.includes(`+strconv.Quote(r.Prob)+`)`, "the year's line does not show the chance")
		got := text(t, ctx, `[data-output="year-line"]`)
		for _, want := range []string{r.ToDateLabel, r.Achievement, r.Forecast, r.Gap, r.Prob, r.PaceText()} {
			if !strings.Contains(got, want) {
				t.Errorf("the year's line %q lacks %q", got, want)
			}
		}
		// The line and the table of the months left pass axe-core, as
		// the page does.
		eval[bool](t, ctx, `(document.querySelector('[data-refit="catchup"]').scrollIntoView(), true)`)
		axeCheck(t, ctx, "the year's line and the months left, "+lang)
		for _, name := range []string{"achievement", "prob"} {
			if card := text(t, ctx, `[data-refit="`+name+`"]`); !strings.Contains(got, card) {
				t.Errorf("the year's line %q lacks the card's %s %q", got, name, card)
			}
		}
		eval[bool](t, ctx, `(window.scrollTo(0, 0), document.querySelector('[data-control="year-line-more"]').click(), true)`)
		waitFor(t, ctx, `document.activeElement && document.activeElement.id === "year-so-far"`, "the button did not take focus to the year so far")
		waitFor(t, ctx, `(r => r.top > -2 && r.top < innerHeight / 2)(document.getElementById("year-so-far").getBoundingClientRect())`, "the year so far is not in sight")
		eval[bool](t, ctx, `(document.querySelector('#undo').click(), true)`)
		waitFor(t, ctx, line+`.hidden`, "the year's line stays after the import is undone")
	})
}
