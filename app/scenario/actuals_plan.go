package scenario

import (
	"fmt"
	"math"
	"slices"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// assignPlan writes one of the plan's settings (issue 13): the start
// month and year, the plan's length, the sales cycle, Japan's business
// calendar year and the pipeline before the plan. The rules against the
// tree (a lag shorter than the plan) are checked by Set after.
func (s *Scenario) assignPlan(k Key, key string, v float64) error {
	bad := func(code kpi.Code, limit float64, rule string) error {
		return &kpi.Error{Field: key, Rule: rule, Code: code, Limit: limit}
	}
	isInt := v == math.Trunc(v)
	f := &s.Forecast
	switch k.Field {
	case FieldStartMonth:
		// 0 is not set (January taken), as a file without start_month:
		// the page's 未設定 / "Not set", which could not be chosen again
		// once a month was.
		if v != 0 && !whole(v, 12) {
			return bad(kpi.Invalid, 0, "must be a month from 1 (January) to 12, or 0 for not set")
		}
		f.StartMonth = int(v)
	case FieldPlanMonths:
		if !whole(v, kpi.MaxMonths) {
			return bad(kpi.WholeRange, kpi.MaxMonths, fmt.Sprintf("must be a whole number from 1 to %d", kpi.MaxMonths))
		}
		f.Months = int(v)
	case FieldLag:
		// 0 (no cycle) up to a month shorter than the plan: a cycle as long
		// would land nothing inside it. It read "from 1 to 35" for a
		// 12-month plan, where 0 is the default and 12 is refused.
		months := kpi.MaxMonths
		if f.Months > 0 {
			months = f.Months
		} else if s.Calendar.Months > 0 {
			months = s.Calendar.Months
		}
		if !isInt || v < 0 || v >= float64(months) {
			return bad(kpi.WholeFromZero, float64(months-1), fmt.Sprintf("must be a whole number of months from 0 to %d, shorter than the %d-month plan", months-1, months))
		}
		f.LagMonths = int(v)
	case FieldCalYear, FieldStartYear:
		if v != 0 && (!isInt || v < forecast.MinCalendarYear || v > forecast.MaxCalendarYear) {
			return kpi.Errorf("", key, kpi.Invalid, 0, "must be a year from %d to %d (0 for none)", forecast.MinCalendarYear, forecast.MaxCalendarYear)
		}
		if k.Field == FieldStartYear {
			f.StartYear = int(v)
		} else if v == 0 {
			f.BusinessCalendar = forecast.BusinessCalendar{}
		} else {
			f.BusinessCalendar = forecast.BusinessCalendar{Country: "jp", Year: int(v)}
		}
	case FieldNewTeam:
		if v != 0 && v != 1 {
			return bad(kpi.Invalid, 0, yesNoRules[k.Field])
		}
		f.NewTeam = v == 1
	}
	return nil
}

// SetSeasonality sets the plan's 12 seasonality weights, January first
// (nil for a flat plan), checked as a file's are: 12 numbers from 0, not
// all 0. On error s is unchanged.
func (s *Scenario) SetSeasonality(w []float64) error {
	return s.setPlan("forecast.seasonality", func(f *forecast.Config) { f.Seasonality = slices.Clone(w) })
}

// SetHires sets the reps joining during the plan. On error s is unchanged.
func (s *Scenario) SetHires(h []forecast.Hire) error {
	return s.setPlan("forecast.hires", func(f *forecast.Config) { f.Hires = slices.Clone(h) })
}

// setPlan is Set for a setting that is not one number: clone, assign,
// validate, commit.
func (s *Scenario) setPlan(key string, assign func(*forecast.Config)) error {
	c := s.Clone()
	assign(&c.Forecast)
	if err := c.check(Key{Field: FieldStartMonth}, key); err != nil {
		return err
	}
	*s = *c
	return nil
}
