package scenario_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// A lever marked as a given of the plan keeps the mark through a file, a
// saved state and a link; the mark sits on levers that are no activity,
// and a file that puts it elsewhere is refused naming the node and the
// rule in both languages.
func TestGiven(t *testing.T) {
	s, err := presets(t).Get("saas-revenue")
	must(t, err)
	if !s.Node("opening_arr").Given || s.Node("new_arr").Given {
		t.Fatal("the saas preset's opening ARR is not given, or its new ARR is")
	}
	for _, form := range []string{"yaml", "json"} {
		r := reopen(t, s, form)
		for _, id := range []string{"contract_years", "opening_arr", "renewing_arr"} {
			if !r.Node(id).Given {
				t.Errorf("%s: %s is no longer given after a round trip", form, id)
			}
		}
		if r.Node("churn_rate").Given {
			t.Errorf("%s: churn_rate became given", form)
		}
	}

	t.Run("edits", func(t *testing.T) {
		s, err := presets(t).Get("outbound")
		must(t, err)
		must(t, s.SetGiven("unit_price", true))
		if !s.Node("unit_price").Given {
			t.Error("SetGiven did not mark the deal size")
		}
		err = s.SetGiven("calls", true)
		var ee *scenario.EditError
		if !errors.As(err, &ee) || ee.Field != scenario.EditGiven {
			t.Errorf("an activity made given: %v, want the given field refused", err)
		}
		if s.Node("calls").Given {
			t.Error("the refused mark stayed")
		}
		must(t, s.SetGiven("meeting_rate", true))
		must(t, s.SetUnit("meeting_rate", kpi.Count))
		must(t, s.SetActivity("meeting_rate", true))
		if s.Node("meeting_rate").Given {
			t.Error("a lever made an activity is still given")
		}
	})

	for _, c := range []struct {
		name, node, extra string
		en, ja            string
	}{
		{"on a formula", "revenue", "given: true", "only a lever can be a given of the plan", "計画の前提にできるのはレバー"},
		{"on an activity", "calls", "given: true", "an activity is a KPI, not a given of the plan", "行動量はKPIです"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o, err := presets(t).Get("outbound")
			must(t, err)
			data, err := scenario.Encode(o)
			must(t, err)
			text := strings.Replace(string(data), "  - id: "+c.node+"\n", "  - id: "+c.node+"\n    "+c.extra+"\n", 1)
			_, err = scenario.Parse([]byte(text), "outbound")
			if err == nil {
				t.Fatalf("accepted %s", c.extra)
			}
			if got := err.Error(); !strings.Contains(got, c.node) || !strings.Contains(got, c.en) {
				t.Errorf("the error %q does not name %s and the rule %q", got, c.node, c.en)
			}
			var es scenario.Errors
			if !errors.As(err, &es) {
				t.Fatalf("%T is no scenario.Errors", err)
			}
			var ja []string
			for _, e := range es {
				ja = append(ja, e.Text(i18n.Ja))
			}
			if got := strings.Join(ja, " / "); !strings.Contains(got, c.ja) {
				t.Errorf("in Japanese: %q, want %q", got, c.ja)
			}
		})
	}
}
