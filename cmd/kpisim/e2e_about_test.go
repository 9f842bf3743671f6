//go:build !wasm

package main

// A team selling in dollars sets its tree's currency and name in the page
// (the editor's "This tree"), and its CRM's dollar export then reads. The
// page could not set a currency before: its import refused "USD 12,000"
// and told the user to change the plan's currency, which only a file could.

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

func TestBrowserPlanCurrency(t *testing.T) {
	file, _ := filepath.Abs("../../testdata/actuals/salesforce-deals-usd.csv")
	s := preset2026(t, "outbound")
	if err := s.SetCurrency("USD"); err != nil {
		t.Fatal(err)
	}
	res, acts := s.ImportCSV(readFile(t, file))
	if len(res.Problems) != 0 || s.SetActuals(acts) != nil {
		t.Fatalf("the engine in dollars: %v", res.Problems)
	}
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	if rf.ActualToDate != 32_000 {
		t.Fatalf("the engine's actual to date %v, want the won deals' $32,000", rf.ActualToDate)
	}

	_, ctx := openSite(t)
	pickLang(t, ctx, "en")
	plan2026On(t, ctx, time.Date(2026, 5, 21, 9, 0, 0, 0, time.Local)) // the deals' last week (the 15th to the 21st) runs
	// importFile imports the file and waits until the import says what
	// holds (the same file read again says something else).
	importFile := func(holds string) {
		t.Helper()
		do(t, ctx, chromedp.SetUploadFiles(`input[data-control="actuals-file"]`, []string{file}))
		waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-import="result"]')?.textContent.includes(%q)`, holds),
			"the import does not say "+holds+": "+text(t, ctx, `[data-import="result"]`))
	}
	// In yen, the dollars are refused, and the page says what to do.
	importFile("another currency")
	if got := text(t, ctx, `[data-import="result"]`); !strings.Contains(got, `"USD 12,000" is in another currency than the plan's`) ||
		!strings.Contains(got, "change the plan's currency") {
		t.Errorf("the import in a plan in yen reads %q", got)
	}

	editorOpen(t, ctx)
	eval[bool](t, ctx, `(el => (el.value = "USD", el.dispatchEvent(new Event('change', {bubbles: true})), true))(document.querySelector('[data-edit="currency"]'))`)
	waitFor(t, ctx, `document.querySelector('[data-node="forecast"]')?.textContent.trim().startsWith("$")`,
		"the forecast is not in dollars: "+text(t, ctx, `[data-node="forecast"]`))
	editField(t, ctx, "title_en", "FY2026 US team")
	waitFor(t, ctx, `document.querySelector('[data-control="scenario"]').selectedOptions[0].textContent === "FY2026 US team"`,
		"the header does not name the tree: "+eval[string](t, ctx, `document.querySelector('[data-control="scenario"]').selectedOptions[0].textContent`))
	// The tab, and the file a printed handout proposes, are named after it.
	waitFor(t, ctx, `document.title === "FY2026 US team — KPI simulator"`, "the tab reads "+eval[string](t, ctx, `document.title`))

	importFile("no problems")
	if got := text(t, ctx, `[data-import="result"]`); strings.Contains(got, "another currency") || !strings.Contains(got, "Read 3 rows") {
		t.Errorf("the import in a plan in dollars reads %q", got)
	}
	for _, c := range []struct {
		lang     i18n.Lang
		currency string
	}{{i18n.En, "US dollar (USD)"}, {i18n.Ja, "米ドル（USD）"}} {
		pickLang(t, ctx, string(c.lang))
		r := report.NewRefit(rf, c.lang, "USD")
		waitText(t, ctx, `[data-refit="achievement"]`, r.Achievement)
		if got := text(t, ctx, `[data-section="refit"] .refit-figs`); r.ToDate != "$32,000" || !strings.Contains(got, r.ToDateLabel+" "+r.ToDate) {
			t.Errorf("%s: the actual to date %q (the engine's %q), want $32,000", c.lang, got, r.ToDate)
		}
		if want := map[i18n.Lang]string{i18n.En: "FY2026 US team — KPI simulator", i18n.Ja: "新規開拓営業（テレアポ） — KPIシミュレーター"}[c.lang]; eval[string](t, ctx, `document.title`) != want {
			t.Errorf("%s: the tab reads %q, want %q", c.lang, eval[string](t, ctx, `document.title`), want)
		}
		if got := eval[string](t, ctx, `document.querySelector('[data-edit="currency"]').selectedOptions[0].textContent`); got != c.currency {
			t.Errorf("%s: the currency reads %q", c.lang, got)
		}
		if got := text(t, ctx, `[data-node="forecast"]`); !strings.HasPrefix(got, "$") {
			t.Errorf("%s: the forecast reads %q", c.lang, got)
		}
		if got := eval[string](t, ctx, `document.querySelector('[data-lever="goal.value"]').closest('.lever').textContent`); !strings.Contains(got, "USD") ||
			strings.Contains(got, "¥") || strings.Contains(got, "円") || strings.Contains(got, "JPY") {
			t.Errorf("%s: the goal's field reads %q", c.lang, got)
		}
	}

	// A reload keeps the tree's currency and name.
	pickLang(t, ctx, "en")
	reload(t, ctx)
	waitFor(t, ctx, `document.querySelector('[data-node="forecast"]')?.textContent.trim().startsWith("$") &&
		document.querySelector('[data-control="scenario"]').selectedOptions[0].textContent === "FY2026 US team"`,
		fmt.Sprintf("after a reload the forecast reads %q", text(t, ctx, `[data-node="forecast"]`)))

	// A multi-currency report: its euro row is left out and named, and the
	// note says which column gave each row's currency.
	multi, _ := filepath.Abs("../../testdata/actuals/salesforce-multicurrency-en.csv")
	file = multi
	importFile(`its column "Amount Currency" names`)
	if got := text(t, ctx, `[data-import="result"] .problems`); !strings.Contains(got, `"EUR 15000" is in another currency`) {
		t.Errorf("the euro row is not named: %q", got)
	}
	res, acts = s.ImportCSV(readFile(t, multi))
	if len(res.Problems) != 1 || s.SetActuals(acts) != nil {
		t.Fatalf("the engine reads the multi-currency report with problems %v", res.Problems)
	}
	if rf, err = s.Refit(); err != nil || rf.ActualToDate != 32_000 {
		t.Fatalf("the engine's actual to date %v (%v), want the dollar deals' $32,000", rf.ActualToDate, err)
	}
	r := report.NewRefit(rf, i18n.En, "USD")
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector('[data-section="refit"] .refit-figs')?.textContent.includes(%q)`, r.ToDateLabel+" "+r.ToDate),
		"the actual to date reads "+text(t, ctx, `[data-section="refit"] .refit-figs`))
}
