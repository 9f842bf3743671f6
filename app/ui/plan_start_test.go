package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A plan with no start month offers "not set" selected, so that choosing
// January is a change that sets it: the select showed January selected,
// and picking it fired nothing. Once set, the placeholder is gone.
func TestPlanStartMonthUnset(t *testing.T) {
	for _, l := range i18n.Langs {
		p := &Page{model: newModel(t, l)}
		m := p.model
		m.Load("velocity") // no forecast.start_month
		html := app.HTMLString(p.planCard(m.YearView()))
		sel := startSelect(html)
		first := sel[strings.Index(sel, "<option"):] // attributes in either order
		first = first[:strings.Index(first, "</option>")]
		if !strings.HasSuffix(first, ">"+l.T("plan.start_unset")) || !strings.Contains(first, " selected") || !strings.Contains(first, " disabled") ||
			janSelected(sel) {
			t.Errorf("%s: no start month reads %q; want %q first, selected and disabled, and January not selected", l, sel, l.T("plan.start_unset"))
		}
		m.SetText(scenario.KeyStartMonth, "1")
		if m.Scenario.Forecast.StartMonth != 1 {
			t.Fatalf("%s: start month %d after choosing January", l, m.Scenario.Forecast.StartMonth)
		}
		html = app.HTMLString(p.planCard(m.YearView()))
		if strings.Contains(html, l.T("plan.start_unset")) || !janSelected(startSelect(html)) {
			t.Errorf("%s: January set reads %q", l, startSelect(html))
		}
	}
}

// startSelect is the start month's select in html.
func startSelect(html string) string {
	i := strings.Index(html, `data-control="start-month"`)
	if i < 0 {
		return ""
	}
	j := strings.Index(html[i:], "</select>")
	return html[i : i+max(j, 0)]
}

// janSelected reports whether January's option in sel is selected.
func janSelected(sel string) bool {
	return strings.Contains(sel, `<option value="1" selected>`) || strings.Contains(sel, `<option selected value="1">`)
}
