package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// The JSON form of a scenario: the same fields as the YAML file, with rates
// as fractions. It is what the browser reads (encoding/json is in the wasm
// binary already; the YAML decoder is not) and the base of share links.
// These types are the JSON printer's; reading goes through the wire form.

type jsonScenario struct {
	Version     int           `json:"version"`
	ID          string        `json:"id,omitempty"`
	Title       *jsonLabel    `json:"title,omitempty"`
	Description *jsonLabel    `json:"description,omitempty"`
	Currency    string        `json:"currency,omitempty"`
	Goal        *jsonGoal     `json:"goal"`
	Calendar    *jsonCal      `json:"calendar,omitempty"`
	Solve       string        `json:"solve,omitempty"`
	Rounding    string        `json:"rounding,omitempty"`
	Nodes       []jsonNode    `json:"nodes"`
	Forecast    *jsonForecast `json:"forecast,omitempty"`
	Actuals     []jsonActual  `json:"actuals,omitempty"`
}

type jsonForecast struct {
	StartMonth       int                  `json:"start_month,omitempty"`
	Months           int                  `json:"months,omitempty"`
	Seasonality      []float64            `json:"seasonality,omitempty"`
	SeasonalityMode  string               `json:"seasonality_mode,omitempty"`
	Hires            []jsonHire           `json:"hires,omitempty"`
	LagMonths        int                  `json:"lag_months,omitempty"`
	CarryIn          bool                 `json:"carry_in,omitempty"`
	NewTeam          bool                 `json:"new_team,omitempty"`
	BusinessCalendar *jsonBusinessCal     `json:"business_calendar,omitempty"`
	Ranges           map[string]jsonRange `json:"ranges,omitempty"`
	ActivityCV       map[string]float64   `json:"activity_cv,omitempty"`
	Outcomes         string               `json:"outcomes,omitempty"`
	Trials           int                  `json:"trials,omitempty"`
	Seed             uint64               `json:"seed,omitempty"`
	StartYear        int                  `json:"start_year,omitempty"`
}

type jsonHire struct {
	Month      int     `json:"month"`
	Count      float64 `json:"count"`
	RampMonths int     `json:"ramp_months,omitempty"`
}

type jsonBusinessCal struct {
	Country string `json:"country"`
	Year    int    `json:"year"`
}

type jsonRange struct {
	Low    float64 `json:"low,omitempty"`
	Likely float64 `json:"likely,omitempty"`
	High   float64 `json:"high,omitempty"`
	Won    int     `json:"won,omitempty"`
	Of     int     `json:"of,omitempty"`
}

func forecastToJSON(c forecast.Config) *jsonForecast {
	j := &jsonForecast{StartMonth: c.StartMonth, Months: c.Months, Seasonality: c.Seasonality, LagMonths: c.LagMonths,
		CarryIn: c.CarryIn, NewTeam: c.NewTeam, ActivityCV: c.ActivityCV, Trials: c.Trials, Seed: c.Seed, StartYear: c.StartYear}
	if c.SeasonalityMode != 0 {
		j.SeasonalityMode = c.SeasonalityMode.String()
	}
	if c.Outcomes != 0 {
		j.Outcomes = c.Outcomes.String()
	}
	for _, h := range c.Hires {
		j.Hires = append(j.Hires, jsonHire(h))
	}
	if !c.BusinessCalendar.IsZero() {
		j.BusinessCalendar = &jsonBusinessCal{c.BusinessCalendar.Country, c.BusinessCalendar.Year}
	}
	if len(c.Ranges) > 0 {
		j.Ranges = map[string]jsonRange{}
		for id, r := range c.Ranges {
			j.Ranges[id] = jsonRange(r)
		}
	}
	if isDefault(j) {
		return nil
	}
	return j
}

// isDefault reports whether j says nothing: the section is left out.
func isDefault(j *jsonForecast) bool {
	return j.StartMonth == 0 && j.Months == 0 && j.Seasonality == nil && j.SeasonalityMode == "" && j.Hires == nil &&
		j.LagMonths == 0 && !j.CarryIn && !j.NewTeam && j.BusinessCalendar == nil && j.Ranges == nil && len(j.ActivityCV) == 0 &&
		j.Outcomes == "" && j.Trials == 0 && j.Seed == 0 && j.StartYear == 0
}

type jsonGoal struct {
	Node   string  `json:"node"`
	Value  float64 `json:"value"`
	Period string  `json:"period,omitempty"`
}

type jsonCal struct {
	Months       int     `json:"months,omitempty"`
	WorkingDays  float64 `json:"working_days,omitempty"`
	Headcount    float64 `json:"headcount,omitempty"`
	DaysPerWeek  float64 `json:"days_per_week,omitempty"`
	HoursPerDay  float64 `json:"hours_per_day,omitempty"`
	CalendarDays bool    `json:"calendar_days,omitempty"`
}

type jsonNode struct {
	ID       string     `json:"id"`
	Label    *jsonLabel `json:"label,omitempty"`
	Unit     string     `json:"unit"`
	Product  []string   `json:"product,omitempty"`
	Sum      []string   `json:"sum,omitempty"`
	Diff     []string   `json:"difference,omitempty"`
	Ratio    []string   `json:"ratio,omitempty"`
	Value    *float64   `json:"value,omitempty"`
	Min      float64    `json:"min,omitempty"`
	Max      float64    `json:"max,omitempty"`
	Step     float64    `json:"step,omitempty"`
	Activity bool       `json:"activity,omitempty"`
	Given    bool       `json:"given,omitempty"`
	Ceiling  float64    `json:"ceiling,omitempty"`
	Per      string     `json:"per,omitempty"`
	Cadence  string     `json:"cadence,omitempty"`
	Aliases  []string   `json:"aliases,omitempty"`
}

// jsonLabel is a label: a plain string for both languages, or {ja, en}.
type jsonLabel kpi.Label

func (l jsonLabel) MarshalJSON() ([]byte, error) {
	if l.Ja == l.En {
		return json.Marshal(l.Ja)
	}
	return json.Marshal(struct {
		Ja string `json:"ja"`
		En string `json:"en"`
	}{l.Ja, l.En})
}

func jlabel(l kpi.Label) *jsonLabel {
	if l == (kpi.Label{}) {
		return nil
	}
	j := jsonLabel(l)
	return &j
}

// EncodeJSON writes s in the JSON form, which ParseJSON reads back to an
// equal Scenario.
func EncodeJSON(s *Scenario) ([]byte, error) {
	return json.Marshal(toJSON(s))
}

func toJSON(s *Scenario) *jsonScenario {
	c := s.Calendar
	j := &jsonScenario{
		Version: Version, ID: s.ID, Title: jlabel(s.Title), Description: jlabel(s.Description), Currency: s.Currency,
		Goal: &jsonGoal{Node: s.Goal.Node, Value: s.Goal.Value, Period: s.Goal.Period.String()},
		Calendar: &jsonCal{Months: c.Months, WorkingDays: c.WorkingDays, Headcount: c.Headcount,
			DaysPerWeek: c.DaysPerWeek, HoursPerDay: c.HoursPerDay, CalendarDays: c.CalendarDays},
		Solve: s.Solve, Rounding: s.Rounding.String(),
		Forecast: forecastToJSON(s.Forecast),
		Actuals:  actualsToJSON(s.Actuals),
	}
	for _, n := range s.Nodes {
		jn := jsonNode{ID: n.ID, Label: jlabel(n.Label), Unit: n.Unit.String(), Cadence: n.Cadence.String(), Aliases: n.Aliases}
		switch n.Op {
		case kpi.Product:
			jn.Product = n.Children
		case kpi.Sum:
			jn.Sum = n.Children
		case kpi.Difference:
			jn.Diff = n.Children
		case kpi.Ratio:
			jn.Ratio = n.Children
		default:
			v := n.Value
			jn.Value, jn.Min, jn.Max, jn.Step, jn.Activity, jn.Given, jn.Ceiling = &v, n.Min, n.Max, n.Step, n.Activity, n.Given, n.Ceiling
			if n.Per != kpi.PerDay {
				jn.Per = n.Per.String()
			}
		}
		j.Nodes = append(j.Nodes, jn)
	}
	return j
}

// ParseJSON reads the JSON form and returns a valid Scenario, or Errors
// naming each problem's line, field and rule. It applies the same rules as
// Parse does to YAML (see wire.go): what one accepts, the other does.
func ParseJSON(data []byte, id string) (*Scenario, error) {
	root, errs := jsonTree(data)
	return decodeTree(root, id, errs, fileRules)
}

// OpenJSON reads the JSON form as the page reopens what it wrote (its
// saved work, links, My scenarios): as ParseJSON does, but a goal that
// cannot be solved as written (a factor of 0, the other terms of a sum
// already past the goal) is no problem. The page shows such a scenario
// with the reason, as when it is typed, so it must reopen as it was left.
func OpenJSON(data []byte, id string) (*Scenario, error) {
	root, errs := jsonTree(data)
	return decodeTree(root, id, errs, pageRules)
}

// jsonTree reads a JSON document into the wire form, or says why it cannot.
func jsonTree(data []byte) (*value, Errors) {
	if len(data) > MaxFileSize {
		return nil, Errors{tooLarge()}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, Errors{fileError(0, "", "scenario.empty")}
	}
	p := &jsonScanner{data: data, lines: newLineIndex(data)}
	root, err := p.value(0)
	if err != nil {
		return nil, Errors{err}
	}
	p.space()
	if p.off < len(data) {
		return nil, Errors{fileError(p.lines.line(p.off), "", "scenario.trailing")}
	}
	return root, nil
}

// EncodePresets writes every preset as one JSON array, the form the browser
// loads (scenarios/presets.json).
func EncodePresets(ps Presets) ([]byte, error) {
	js := make([]*jsonScenario, len(ps))
	for i, s := range ps {
		js[i] = toJSON(s)
	}
	b, err := json.MarshalIndent(js, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// parsePresetsJSON reads what EncodePresets wrote, in one pass.
func parsePresetsJSON(data []byte) (Presets, error) {
	root, errs := jsonTree(data)
	if errs != nil {
		return nil, errs
	}
	if root.kind != listKind {
		return nil, fmt.Errorf("%s: not a list of scenarios", PresetsJSON)
	}
	ps := make(Presets, 0, len(root.items))
	for i, item := range root.items {
		s, err := decodeTree(item, "", nil, fileRules)
		if err != nil {
			return nil, fmt.Errorf("preset %d: %w", i, err)
		}
		ps = append(ps, s)
	}
	return ps, nil
}
