package forecast_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

func TestValidate(t *testing.T) {
	twelve := func(w ...float64) []float64 { return w }
	tests := []struct {
		name  string
		cfg   forecast.Config
		field string // "" for a valid config
		rule  string
	}{
		{name: "zero value", cfg: forecast.Config{}},
		{name: "full", cfg: forecast.Config{
			StartMonth: 4, Months: 12, Seasonality: twelve(3, 2, 26, 5, 3, 24, 4, 4, 18, 3, 4, 24),
			SeasonalityMode: forecast.SeasonBoth, Hires: []forecast.Hire{{Month: 4, Count: 3, RampMonths: 3}},
			LagMonths: 3, BusinessCalendar: forecast.BusinessCalendar{Country: "jp", Year: 2026},
			Ranges: map[string]forecast.Range{
				"close_rate":   {Won: 12, Of: 50},
				"meeting_rate": {Low: 0.15, Likely: 0.2, High: 0.25},
			},
			ActivityCV: map[string]float64{"calls": 0.15}, Outcomes: forecast.Expected, Trials: forecast.MaxTrials, Seed: 7,
		}},
		{name: "11 weights", cfg: forecast.Config{Seasonality: make([]float64, 11)},
			field: "forecast.seasonality", rule: "12 weights"},
		{name: "13 weights", cfg: forecast.Config{Seasonality: make([]float64, 13)},
			field: "forecast.seasonality", rule: "got 13"},
		{name: "empty, not nil", cfg: forecast.Config{Seasonality: []float64{}},
			field: "forecast.seasonality", rule: "got 0"},
		{name: "negative weight", cfg: forecast.Config{Seasonality: twelve(1, 1, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1)},
			field: "forecast.seasonality", rule: "month 3 (-1)"},
		{name: "NaN weight", cfg: forecast.Config{Seasonality: twelve(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, nan())},
			field: "forecast.seasonality", rule: "month 12 (NaN)"},
		{name: "all zero", cfg: forecast.Config{Seasonality: make([]float64, 12)},
			field: "forecast.seasonality", rule: "all 0"},
		{name: "start month 13", cfg: forecast.Config{StartMonth: 13}, field: "forecast.start_month", rule: "1 (January) to 12"},
		{name: "months 37", cfg: forecast.Config{Months: 37}, field: "forecast.months", rule: "from 1 to 36"},
		{name: "mode", cfg: forecast.Config{SeasonalityMode: 9}, field: "forecast.seasonality_mode", rule: "goal, activity or both"},
		{name: "lag as long as the plan", cfg: forecast.Config{Months: 12, LagMonths: 12},
			field: "forecast.lag_months", rule: "not shorter than the 12-month plan"},
		{name: "lag longer than the plan", cfg: forecast.Config{Months: 6, LagMonths: 9},
			field: "forecast.lag_months", rule: "not shorter"},
		{name: "negative lag", cfg: forecast.Config{LagMonths: -1}, field: "forecast.lag_months", rule: "negative"},
		{name: "hire after the plan", cfg: forecast.Config{Months: 12, Hires: []forecast.Hire{{Month: 13, Count: 1}}},
			field: "forecast.hires[0].month", rule: "from 1 to 12"},
		{name: "hire of no one", cfg: forecast.Config{Hires: []forecast.Hire{{Month: 1}}},
			field: "forecast.hires[0].count", rule: "more than 0"},
		{name: "ramp too long", cfg: forecast.Config{Hires: []forecast.Hire{{Month: 1, Count: 1, RampMonths: 25}}},
			field: "forecast.hires[0].ramp_months", rule: "0 (productive at once) to 24"},
		{name: "country", cfg: forecast.Config{BusinessCalendar: forecast.BusinessCalendar{Country: "us", Year: 2026}},
			field: "forecast.business_calendar.country", rule: `"us" is not supported`},
		{name: "year", cfg: forecast.Config{BusinessCalendar: forecast.BusinessCalendar{Country: "jp"}},
			field: "forecast.business_calendar.year", rule: "1980 to 2099"},
		{name: "low above high", cfg: forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Low: 0.3, High: 0.2}}},
			field: "forecast.ranges.close_rate", rule: "low 0.3 is above high 0.2"},
		{name: "likely outside", cfg: forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Low: 0.2, Likely: 0.4, High: 0.3}}},
			field: "forecast.ranges.close_rate.likely", rule: "outside"},
		{name: "empty range", cfg: forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {}}},
			field: "forecast.ranges.close_rate", rule: "give low and high"},
		{name: "both forms", cfg: forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Low: 0.1, High: 0.2, Won: 1, Of: 5}}},
			field: "forecast.ranges.close_rate", rule: "not both"},
		{name: "won above of", cfg: forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Won: 60, Of: 50}}},
			field: "forecast.ranges.close_rate.won", rule: "from 0 to of (50)"},
		{name: "no history", cfg: forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Won: 3}}},
			field: "forecast.ranges.close_rate.of", rule: "from 1"},
		{name: "infinite high", cfg: forecast.Config{Ranges: map[string]forecast.Range{"unit_price": {Low: 1, High: inf()}}},
			field: "forecast.ranges.unit_price.high", rule: "must be a number"},
		{name: "cv above 1", cfg: forecast.Config{ActivityCV: map[string]float64{"calls": 1.5}},
			field: "forecast.activity_cv.calls", rule: "from 0 to 1"},
		{name: "outcomes", cfg: forecast.Config{Outcomes: 7}, field: "forecast.outcomes", rule: "binomial or expected"},
		{name: "trials beyond the cap", cfg: forecast.Config{Trials: forecast.MaxTrials + 1},
			field: "forecast.trials", rule: "from 1 to 100,000"},
		{name: "negative trials", cfg: forecast.Config{Trials: -5}, field: "forecast.trials", rule: "got -5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			checkErr(t, err, tt.field, tt.rule)
		})
	}
}

// checkErr fails unless err holds a *kpi.Error on field whose rule holds rule.
func checkErr(t *testing.T, err error, field, rule string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s: ...%s...", field, rule)
	}
	for _, e := range kpi.List(err) {
		if e.Field == field && strings.Contains(e.Rule, rule) {
			if !strings.Contains(err.Error(), field+": ") {
				t.Errorf("message %q does not name %s", err, field)
			}
			return
		}
	}
	t.Fatalf("error %q, want %s: ...%s...", err, field, rule)
}

// Rules that need the tree are checked by every entry point.
func TestConfigAgainstModel(t *testing.T) {
	m := compile(t, outboundSpec())
	tests := []struct {
		name        string
		cfg         forecast.Config
		field, rule string
	}{
		{"range on an unknown lever", forecast.Config{Ranges: map[string]forecast.Range{"win_rate": {Low: 0.1, High: 0.2}}},
			"forecast.ranges.win_rate", `"win_rate" is not a node`},
		{"range on a computed node", forecast.Config{Ranges: map[string]forecast.Range{"deals": {Low: 1, High: 2}}},
			"forecast.ranges.deals", "computed"},
		{"history on a price", forecast.Config{Ranges: map[string]forecast.Range{"unit_price": {Won: 1, Of: 2}}},
			"forecast.ranges.unit_price", "won/of describes a rate"},
		{"rate above 100 %", forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Low: 0.2, High: 1.5}}},
			"forecast.ranges.close_rate.high", "at most 100%"},
		{"value outside the range", forecast.Config{Ranges: map[string]forecast.Range{"close_rate": {Low: 0.3, High: 0.4}}},
			"forecast.ranges.close_rate", "value 25% is outside"},
		{"cv on a rate", forecast.Config{ActivityCV: map[string]float64{"close_rate": 0.1}},
			"forecast.activity_cv.close_rate", "not an activity lever"},
		{"lag against the calendar's months", forecast.Config{LagMonths: 12},
			"forecast.lag_months", "not shorter than the 12-month plan"},
		{"hire after the calendar's months", forecast.Config{Hires: []forecast.Hire{{Month: 13, Count: 1}}},
			"forecast.hires[0].month", "from 1 to 12"},
		{"the plan's weights all zero", forecast.Config{Months: 3, Seasonality: []float64{0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1}},
			"forecast.seasonality", "plan's 3 months are all 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := forecast.NewPlan(m, "calls", tt.cfg)
			checkErr(t, err, tt.field, tt.rule)
			_, err = forecast.NewRunner(m, tt.cfg, nil)
			checkErr(t, err, tt.field, tt.rule)
			_, err = forecast.Tornado(m, "calls", tt.cfg)
			checkErr(t, err, tt.field, tt.rule)
			_, err = forecast.GoalSeek(m, "close_rate", tt.cfg)
			checkErr(t, err, tt.field, tt.rule)
		})
	}
	if _, err := forecast.NewPlan(nil, "calls", forecast.Config{}); err == nil {
		t.Error("NewPlan(nil) did not fail")
	}
}

func TestEnumNames(t *testing.T) {
	for _, s := range []forecast.SeasonMode{forecast.SeasonGoal, forecast.SeasonActivity, forecast.SeasonBoth} {
		if got, err := forecast.ParseSeasonMode(s.String()); err != nil || got != s {
			t.Errorf("ParseSeasonMode(%q) = %v, %v", s, got, err)
		}
	}
	for _, o := range []forecast.Outcomes{forecast.Binomial, forecast.Expected} {
		if got, err := forecast.ParseOutcomes(o.String()); err != nil || got != o {
			t.Errorf("ParseOutcomes(%q) = %v, %v", o, got, err)
		}
	}
	if _, err := forecast.ParseSeasonMode("weekly"); err == nil {
		t.Error(`ParseSeasonMode("weekly") did not fail`)
	}
	if _, err := forecast.ParseOutcomes("poisson"); err == nil {
		t.Error(`ParseOutcomes("poisson") did not fail`)
	}
	if forecast.SeasonMode(9).String() != "SeasonMode(9)" || forecast.Outcomes(9).String() != "Outcomes(9)" {
		t.Error("unknown enum values print badly")
	}
	if (forecast.Config{}).TrialCount() != forecast.DefaultTrials {
		t.Error("zero Trials is not DefaultTrials")
	}
}
