package scenario_test

import (
	"errors"
	"testing"

	"github.com/kpisim/kpisim/app/kpi"
)

// A SaaS team with no churn, or no expansion, says so: a rate of 0 that
// is a term falling away is taken, its range kept above 0 with its spread
// (5–8–12 % at 8 % is 0–0–4 % at 0), and back at 8 % the range is the
// one stated. A close rate the goal rests on is still refused at 0, with
// the rule.
func TestSetZero(t *testing.T) {
	s, err := presets(t).Get("saas-revenue")
	if err != nil {
		t.Fatal(err)
	}
	s = s.Clone()
	for _, id := range []string{"churn_rate", "expansion_rate", "renewing_arr", "opening_arr"} {
		if err := s.Set(id, 0); err != nil {
			t.Errorf("%s at 0: %v", id, err)
		}
	}
	if r := s.Forecast.Ranges["churn_rate"]; r.Low != 0 || r.Likely != 0 || r.High != 0.04 {
		t.Errorf("the churn rate's range at 0: %+v, want 0–0–4%%", r)
	}
	if _, err := s.Answer(); err != nil {
		t.Errorf("no churn, no expansion: %v", err)
	}
	if err := s.Set("churn_rate", 0.08); err != nil {
		t.Fatal(err)
	}
	if r := s.Forecast.Ranges["churn_rate"]; r.Low != 0.05 || r.Likely != 0.08 || r.High != 0.12 {
		t.Errorf("the churn rate's range back at 8%%: %+v, want 5–8–12%%", r)
	}
	o, err := presets(t).Get("outbound")
	if err != nil {
		t.Fatal(err)
	}
	o = o.Clone()
	var ke *kpi.Error
	if err := o.Set("close_rate", 0); !errors.As(err, &ke) || ke.Code != kpi.RateRange {
		t.Errorf("outbound's close rate at 0: %v, want the rate's rule", err)
	}
}
