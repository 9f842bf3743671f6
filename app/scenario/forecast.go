package scenario

import (
	"maps"
	"slices"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// Plan computes the scenario's monthly plan (forecast.NewPlan) for its own
// target lever.
func (s *Scenario) Plan() (*forecast.Plan, error) {
	m, err := s.Model()
	if err != nil {
		return nil, err
	}
	return forecast.NewPlan(m, s.Target(), s.Forecast)
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

// checkForecast runs the forecast section's rules, those that need the tree
// too (lever ids, the lag against the plan), by computing the plan once.
func checkForecast(s *Scenario, m *kpi.Model) error {
	if err := s.Forecast.ValidateFor(s.Calendar.Months); err != nil {
		return err
	}
	_, err := forecast.NewPlan(m, s.Target(), s.Forecast)
	return err
}
