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
