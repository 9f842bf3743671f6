package ui

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
)

// A plan with no start month offers "not set" selected, so that choosing
// January is a change that sets it: the select showed January selected,
// and picking it fired nothing. Once a month is set, "not set" is still
// offered and can be chosen again (it was a disabled placeholder that
// went away), and it stays not set through a link and a saved file.
func TestPlanStartMonthUnset(t *testing.T) {
	for _, l := range i18n.Langs {
		p := &Page{model: newModel(t, l)}
		m := p.model
		m.Load("velocity") // no forecast.start_month
		unset := func(when string) {
			t.Helper()
			sel := startSelect(app.HTMLString(p.planCard(m.YearView())))
			first := sel[strings.Index(sel, "<option"):] // attributes in either order
			first = first[:strings.Index(first, "</option>")]
			if !strings.HasSuffix(first, ">"+l.T("plan.start_unset")) || !strings.Contains(first, " selected") || strings.Contains(first, " disabled") ||
				janSelected(sel) {
				t.Errorf("%s, %s: the start month reads %q; want %q first, selected and choosable, and January not selected", l, when, sel, l.T("plan.start_unset"))
			}
		}
		unset("never set")
		m.SetText(scenario.KeyStartMonth, "1")
		if m.Scenario.Forecast.StartMonth != 1 {
			t.Fatalf("%s: start month %d after choosing January", l, m.Scenario.Forecast.StartMonth)
		}
		sel := startSelect(app.HTMLString(p.planCard(m.YearView())))
		if !strings.Contains(sel, ">"+l.T("plan.start_unset")+"<") || strings.Contains(sel, "disabled") || !janSelected(sel) {
			t.Errorf("%s: January set reads %q; want January selected and %q still choosable", l, sel, l.T("plan.start_unset"))
		}

		// Back to not set, as the select sends it.
		m.Load("outbound") // start_month: 4
		m.SetText(scenario.KeyStartMonth, "0")
		m.Commit(scenario.KeyStartMonth)
		if m.Scenario.Forecast.StartMonth != 0 || m.errs[scenario.KeyStartMonth] != nil {
			t.Fatalf("%s: choosing not set left start month %d (%v)", l, m.Scenario.Forecast.StartMonth, m.errs[scenario.KeyStartMonth])
		}
		unset("chosen again")
		if v := m.View().Complete(); v.Forecast.Months[0].Month != time.January {
			t.Errorf("%s: not set, the plan starts in %v, want January", l, v.Forecast.Months[0].Month)
		}

		// A link (State → share → Restore) and a saved file keep it not
		// set: the preset's April does not come back.
		st, err := m.State()
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		bases := newLinkForms(m.Presets, time.Now()).bases()
		payload, err := share.Encode(data, bases)
		if err != nil {
			t.Fatal(err)
		}
		back, err := share.Decode(payload, bases)
		if err != nil {
			t.Fatal(err)
		}
		var st2 State
		if err := json.Unmarshal(back, &st2); err != nil {
			t.Fatal(err)
		}
		m2 := newModel(t, l)
		if err := m2.Restore(st2); err != nil {
			t.Fatal(err)
		}
		if got := m2.Scenario.Forecast.StartMonth; got != 0 {
			t.Errorf("%s: through a link, the start month is %d, want not set", l, got)
		}
		yaml, err := scenario.Encode(m.Scenario)
		if err != nil {
			t.Fatal(err)
		}
		s, err := scenario.Open(yaml, "")
		if err != nil {
			t.Fatal(err)
		}
		if s.Forecast.StartMonth != 0 {
			t.Errorf("%s: through a saved file, the start month is %d, want not set", l, s.Forecast.StartMonth)
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
