package scenario

import (
	"maps"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/kpi"
)

// Field is what a Key sets. Fields only grow at the end, so that a saved
// key keeps its meaning.
type Field uint8

const (
	FieldLever       Field = iota // a lever's value: "close_rate"
	FieldGoal                     // the goal's value: "goal.value"
	FieldHeadcount                // "calendar.headcount"
	FieldWorkingDays              // "calendar.working_days"
	FieldMonths                   // "calendar.months"
	FieldTrials                   // "forecast.trials"
	FieldRangeLow                 // a three-point range's low end: "forecast.ranges.close_rate.low"
	FieldRangeHigh                // its high end: "forecast.ranges.close_rate.high"
	FieldRangeOf                  // a won-of history's size: "forecast.ranges.appointment_rate.of"
	FieldActivityCV               // an activity's variability: "forecast.activity_cv.calls"
	FieldCeiling                  // an activity's ceiling per rep per day: "ceiling.calls"
	FieldStartMonth               // the plan's first calendar month: "forecast.start_month"
	FieldPlanMonths               // the plan's length: "forecast.months"
	FieldLag                      // the sales cycle in months: "forecast.lag_months"
	FieldCalYear                  // Japan's business calendar from this year, 0 for none: "forecast.business_calendar.year"
	FieldStartYear                // the year of the plan's first month, 0 for none: "forecast.start_year"
	FieldNewTeam                  // 1 for an empty pipeline before the plan, 0 for an ongoing business: "forecast.new_team"
	FieldDaysPerWeek              // working days in a week: "calendar.days_per_week" (issue 10)
	FieldHoursPerDay              // selling hours in a day, 0 for none: "calendar.hours_per_day" (issue 10)
)

// Settable names, beside lever ids, that Set accepts; ParseKey reads them
// all into a Key.
const (
	KeyGoal        = "goal.value"
	KeyHeadcount   = "calendar.headcount"
	KeyWorkingDays = "calendar.working_days"
	KeyMonths      = "calendar.months"
	KeyTrials      = "forecast.trials" // Monte Carlo trials a run draws

	// The plan (issue 13).
	KeyStartMonth   = "forecast.start_month"
	KeyPlanMonths   = "forecast.months"
	KeyLag          = "forecast.lag_months"
	KeyCalendarYear = "forecast.business_calendar.year"
	KeyStartYear    = "forecast.start_year"
	KeyNewTeam      = "forecast.new_team"

	// Weeks and hours (issue 10).
	KeyDaysPerWeek = "calendar.days_per_week"
	KeyHoursPerDay = "calendar.hours_per_day"

	// A lever's uncertainty: KeyRange + id + ".low", ".high" (a three-point
	// range; its likely value stays the lever's) or ".of" (the size of a
	// won-of history, whose wins follow the lever's value); and
	// KeyActivityCV + id, an activity's month-to-month variability.
	KeyRange      = "forecast.ranges."
	KeyActivityCV = "forecast.activity_cv."
	// KeyCeiling + id is an activity's ceiling per rep per working day.
	KeyCeiling = "ceiling."
)

// Key names one input of a scenario: the one grammar the page's fields,
// the CLI's -set and saved states share.
type Key struct {
	Field Field
	ID    string // the lever the key belongs to; empty for the goal and calendar
}

var fixedKeys = map[string]Field{
	KeyGoal: FieldGoal, KeyHeadcount: FieldHeadcount, KeyWorkingDays: FieldWorkingDays,
	KeyMonths: FieldMonths, KeyTrials: FieldTrials,
	KeyStartMonth: FieldStartMonth, KeyPlanMonths: FieldPlanMonths, KeyLag: FieldLag,
	KeyCalendarYear: FieldCalYear, KeyStartYear: FieldStartYear, KeyNewTeam: FieldNewTeam,
	KeyDaysPerWeek: FieldDaysPerWeek, KeyHoursPerDay: FieldHoursPerDay,
}

// SettingKeys are the keys of the scenario's own settings, sorted: every
// key ParseKey reads but a lever's (its id) and the keys that name one
// (KeyRange, KeyActivityCV, KeyCeiling followed by an id).
func SettingKeys() []string {
	keys := slices.Collect(maps.Keys(fixedKeys))
	slices.Sort(keys)
	return keys
}

// ParseKey reads a key. A bare id is a lever's value; whether the lever
// exists is checked by Set, not here.
func ParseKey(s string) (Key, error) {
	if f, ok := fixedKeys[s]; ok {
		return Key{Field: f}, nil
	}
	bad := &kpi.Error{Field: s, Code: kpi.UnknownSetting, Rule: "is not a setting kpisim knows (a lever id, goal.value, calendar.*, forecast.*, ceiling.ID: kpisim help set lists them)"}
	if rest, ok := strings.CutPrefix(s, KeyRange); ok {
		dot := strings.LastIndexByte(rest, '.')
		if dot <= 0 {
			return Key{}, bad
		}
		id := rest[:dot]
		switch rest[dot+1:] {
		case "low":
			return Key{FieldRangeLow, id}, nil
		case "high":
			return Key{FieldRangeHigh, id}, nil
		case "of":
			return Key{FieldRangeOf, id}, nil
		}
		return Key{}, bad
	}
	if id, ok := strings.CutPrefix(s, KeyActivityCV); ok && id != "" {
		return Key{FieldActivityCV, id}, nil
	}
	if id, ok := strings.CutPrefix(s, KeyCeiling); ok && id != "" {
		return Key{FieldCeiling, id}, nil
	}
	if s == "" || strings.ContainsAny(s, ". ") {
		return Key{}, bad
	}
	return Key{FieldLever, s}, nil
}

// String writes the key as ParseKey reads it.
func (k Key) String() string {
	switch k.Field {
	case FieldLever:
		return k.ID
	case FieldRangeLow:
		return KeyRange + k.ID + ".low"
	case FieldRangeHigh:
		return KeyRange + k.ID + ".high"
	case FieldRangeOf:
		return KeyRange + k.ID + ".of"
	case FieldActivityCV:
		return KeyActivityCV + k.ID
	case FieldCeiling:
		return KeyCeiling + k.ID
	}
	for s, f := range fixedKeys {
		if f == k.Field {
			return s
		}
	}
	return ""
}

// Unit is the unit of the key's value in scenario's terms: a lever's or a
// range end's is the lever's, a variability is a share (a rate), the goal's
// is its node's; the rest are numbers.
func (k Key) Unit(s *Scenario) kpi.Unit {
	switch k.Field {
	case FieldLever, FieldRangeLow, FieldRangeHigh:
		if n := s.Node(k.ID); n != nil {
			return n.Unit
		}
	case FieldActivityCV:
		return kpi.Rate
	case FieldGoal:
		if n := s.Node(s.Goal.Node); n != nil {
			return n.Unit
		}
	}
	return kpi.Number
}
