package ui

import (
	"html"
	"regexp"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// Each refused field of the year's section is marked invalid and described
// by its own message (aria-describedby), as a screen reader needs to say
// why: the hires' cells and the season row were marked, or not even that,
// with nothing naming the message.
func TestRefusedFieldsDescribed(t *testing.T) {
	for _, tc := range []struct {
		name string
		act  func(m *Model)
		want func(m *Model, y *YearView) map[string]string // each control marked: its message
	}{
		{"a hire's count", func(m *Model) { m.SetHire(0, "count", "2"); m.SetHire(0, "count", "0") },
			func(m *Model, y *YearView) map[string]string { return map[string]string{"hire-count-0": y.HireErrs[0]} }},
		{"two hires' cells", func(m *Model) {
			m.SetHire(0, "count", "2")
			m.SetHire(1, "count", "1")
			m.SetHire(1, "month", "20")
			m.SetHire(0, "ramp_months", "1.5")
		}, func(m *Model, y *YearView) map[string]string {
			return map[string]string{"hire-ramp_months-0": y.HireErrs[0], "hire-month-1": y.HireErrs[1]}
		}},
		{"the season row", func(m *Model) { m.SetSeasonalityText("1 2 3") },
			func(m *Model, y *YearView) map[string]string { return map[string]string{"seasonality": y.SeasonErr} }},
		{"the plan's length", func(m *Model) { m.SetText(scenario.KeyPlanMonths, "0"); m.Commit(scenario.KeyPlanMonths) },
			func(m *Model, y *YearView) map[string]string {
				return map[string]string{"plan-months": m.errText(m.Lang.T("plan.months"), m.errs[scenario.KeyPlanMonths])}
			}},
		{"an actual", func(m *Model) { m.SetActual(0, time.May, 0, "deals", "many") },
			func(m *Model, y *YearView) map[string]string {
				return map[string]string{"actual-deals-5": y.EntryErrs[0]}
			}},
	} {
		for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
			p := loadedPage(t, l)
			p.model.SetOpen(SectionActuals, true)
			tc.act(p.model)
			want := tc.want(p.model, p.model.YearView())
			page := app.HTMLString(p.Render())
			got := map[string]string{}
			for _, tg := range parseTags(page) {
				// go-app writes aria-invalid="true" bare in HTML (a browser
				// gets it set as "true").
				if v, ok := tg.attrs["aria-invalid"]; tg.end || !ok || v != "" && v != "true" {
					continue
				}
				name := tg.attrs["data-control"]
				if a, ok := tg.attrs["data-actual"]; ok {
					name = "actual-" + a + "-" + tg.attrs["data-month"]
				}
				id := tg.attrs["aria-describedby"]
				m := regexp.MustCompile(` id="` + regexp.QuoteMeta(id) + `"[^>]*>([^<]*)<`).FindStringSubmatch(page)
				if id == "" || m == nil {
					got[name] = "(no message: aria-describedby=" + id + ")"
					continue
				}
				got[name] = html.UnescapeString(m[1])
			}
			for c, msg := range want {
				if got[c] != msg {
					t.Errorf("%s, %s: %s is described by %q, want %q", tc.name, l, c, got[c], msg)
				}
			}
			for c, msg := range got {
				if _, ok := want[c]; !ok {
					t.Errorf("%s, %s: %s is marked invalid (%q)", tc.name, l, c, msg)
				}
			}
		}
	}
}
