package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// The JSON form of a scenario: the same fields as the YAML file, with rates
// as fractions. It is what the browser reads (encoding/json is in the wasm
// binary already; the YAML decoder is not) and the base of share links.

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
}

type jsonForecast struct {
	StartMonth       int                  `json:"start_month,omitempty"`
	Months           int                  `json:"months,omitempty"`
	Seasonality      []float64            `json:"seasonality,omitempty"`
	SeasonalityMode  string               `json:"seasonality_mode,omitempty"`
	Hires            []jsonHire           `json:"hires,omitempty"`
	LagMonths        int                  `json:"lag_months,omitempty"`
	CarryIn          bool                 `json:"carry_in,omitempty"`
	BusinessCalendar *jsonBusinessCal     `json:"business_calendar,omitempty"`
	Ranges           map[string]jsonRange `json:"ranges,omitempty"`
	ActivityCV       map[string]float64   `json:"activity_cv,omitempty"`
	Outcomes         string               `json:"outcomes,omitempty"`
	Trials           int                  `json:"trials,omitempty"`
	Seed             uint64               `json:"seed,omitempty"`
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
		CarryIn: c.CarryIn, ActivityCV: c.ActivityCV, Trials: c.Trials, Seed: c.Seed}
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
		j.LagMonths == 0 && !j.CarryIn && j.BusinessCalendar == nil && j.Ranges == nil && len(j.ActivityCV) == 0 &&
		j.Outcomes == "" && j.Trials == 0 && j.Seed == 0
}

func forecastFromJSON(j *jsonForecast, bad func(field, format string, args ...any)) forecast.Config {
	c := forecast.Config{StartMonth: j.StartMonth, Months: j.Months, Seasonality: j.Seasonality, LagMonths: j.LagMonths,
		CarryIn: j.CarryIn, Trials: j.Trials, Seed: j.Seed}
	if len(j.ActivityCV) > 0 {
		c.ActivityCV = j.ActivityCV
	}
	if j.SeasonalityMode != "" {
		m, err := forecast.ParseSeasonMode(j.SeasonalityMode)
		if err != nil {
			bad("forecast.seasonality_mode", "must be goal, activity or both")
		}
		c.SeasonalityMode = m
	}
	if j.Outcomes != "" {
		o, err := forecast.ParseOutcomes(j.Outcomes)
		if err != nil {
			bad("forecast.outcomes", "must be binomial or expected")
		}
		c.Outcomes = o
	}
	for _, h := range j.Hires {
		c.Hires = append(c.Hires, forecast.Hire(h))
	}
	if b := j.BusinessCalendar; b != nil {
		c.BusinessCalendar = forecast.BusinessCalendar{Country: b.Country, Year: b.Year}
	}
	if len(j.Ranges) > 0 {
		c.Ranges = map[string]forecast.Range{}
		for id, r := range j.Ranges {
			c.Ranges[id] = forecast.Range(r)
		}
	}
	return c
}

type jsonGoal struct {
	Node   string  `json:"node"`
	Value  float64 `json:"value"`
	Period string  `json:"period,omitempty"`
}

type jsonCal struct {
	Months      int     `json:"months,omitempty"`
	WorkingDays float64 `json:"working_days,omitempty"`
	Headcount   float64 `json:"headcount,omitempty"`
}

type jsonNode struct {
	ID       string     `json:"id"`
	Label    *jsonLabel `json:"label,omitempty"`
	Unit     string     `json:"unit"`
	Product  []string   `json:"product,omitempty"`
	Sum      []string   `json:"sum,omitempty"`
	Value    *float64   `json:"value,omitempty"`
	Min      float64    `json:"min,omitempty"`
	Max      float64    `json:"max,omitempty"`
	Step     float64    `json:"step,omitempty"`
	Activity bool       `json:"activity,omitempty"`
	Ceiling  float64    `json:"ceiling,omitempty"`
}

// jsonLabel is a label: a plain string for both languages, or {ja, en}.
type jsonLabel kpi.Label

func (l *jsonLabel) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*l = jsonLabel{Ja: s, En: s}
		return nil
	}
	var m struct {
		Ja string `json:"ja"`
		En string `json:"en"`
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&m); err != nil {
		return errors.New("a label is a string or {\"ja\": ..., \"en\": ...}")
	}
	*l = jsonLabel{Ja: m.Ja, En: m.En}
	return nil
}

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
		Goal:     &jsonGoal{Node: s.Goal.Node, Value: s.Goal.Value, Period: s.Goal.Period.String()},
		Calendar: &jsonCal{Months: c.Months, WorkingDays: c.WorkingDays, Headcount: c.Headcount},
		Solve:    s.Solve, Rounding: s.Rounding.String(),
		Forecast: forecastToJSON(s.Forecast),
	}
	for _, n := range s.Nodes {
		jn := jsonNode{ID: n.ID, Label: jlabel(n.Label), Unit: n.Unit.String()}
		switch n.Op {
		case kpi.Product:
			jn.Product = n.Children
		case kpi.Sum:
			jn.Sum = n.Children
		default:
			v := n.Value
			jn.Value, jn.Min, jn.Max, jn.Step, jn.Activity, jn.Ceiling = &v, n.Min, n.Max, n.Step, n.Activity, n.Ceiling
		}
		j.Nodes = append(j.Nodes, jn)
	}
	return j
}

// ParseJSON reads the JSON form and returns a valid Scenario, or Errors
// naming each problem's field (and line, for syntax errors and unknown keys).
func ParseJSON(data []byte, id string) (*Scenario, error) {
	if len(data) > MaxFileSize {
		return nil, Errors{{Rule: fmt.Sprintf("the file is %d bytes; a scenario is at most %d", len(data), MaxFileSize)}}
	}
	var j jsonScenario
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return nil, Errors{jsonError(data, d, err)}
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, Errors{{Rule: "unexpected data after the scenario"}}
	}
	s, errs := fromJSON(&j)
	return finish(s, id, errs, map[string]int{})
}

func jsonError(data []byte, d *json.Decoder, err error) *Error {
	off := d.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	line := 1 + bytes.Count(data[:min(int(off), len(data))], []byte("\n"))
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if k, ok := strings.CutPrefix(msg, "unknown field "); ok {
		return &Error{Line: line, Field: strings.Trim(k, `"`), Rule: "unknown key"}
	}
	return &Error{Line: line, Rule: "not valid JSON: " + msg}
}

func fromJSON(j *jsonScenario) (*Scenario, Errors) {
	var errs Errors
	bad := func(field, format string, args ...any) {
		errs = append(errs, &Error{Field: field, Rule: fmt.Sprintf(format, args...)})
	}
	s := &Scenario{Version: j.Version, ID: j.ID, Currency: j.Currency, Solve: j.Solve, Calendar: kpi.DefaultCalendar()}
	if s.Version != Version {
		bad("version", "is %d; this kpisim reads version %d", s.Version, Version)
	}
	if j.Title != nil {
		s.Title = kpi.Label(*j.Title)
	}
	if j.Description != nil {
		s.Description = kpi.Label(*j.Description)
	}
	if s.Currency == "" {
		s.Currency = "JPY"
	}
	if j.Goal == nil {
		bad("goal", "is missing")
	} else {
		s.Goal = kpi.Goal{Node: j.Goal.Node, Value: j.Goal.Value}
		if j.Goal.Period != "" {
			p, err := kpi.ParsePeriod(j.Goal.Period)
			if err != nil || p > kpi.Month {
				bad("goal.period", "must be year, quarter or month")
			}
			s.Goal.Period = p
		}
	}
	if c := j.Calendar; c != nil {
		if c.Months != 0 {
			s.Calendar.Months = c.Months
		}
		if c.WorkingDays != 0 {
			s.Calendar.WorkingDays = c.WorkingDays
		}
		if c.Headcount != 0 {
			s.Calendar.Headcount = c.Headcount
		}
	}
	if j.Rounding != "" {
		r, err := kpi.ParseRounding(j.Rounding)
		if err != nil {
			bad("rounding", "must be ceil, none or round")
		}
		s.Rounding = r
	}
	if j.Forecast != nil {
		s.Forecast = forecastFromJSON(j.Forecast, bad)
	}
	if len(j.Nodes) > kpi.MaxNodes {
		bad("nodes", "has %d nodes; at most %d are allowed", len(j.Nodes), kpi.MaxNodes)
		return s, errs
	}
	for i, jn := range j.Nodes {
		path := jn.ID
		if path == "" {
			path = fmt.Sprintf("nodes[%d]", i)
		}
		u, err := kpi.ParseUnit(jn.Unit)
		if err != nil {
			bad(path+".unit", "must be number, currency, count or rate")
		}
		n := kpi.Node{ID: jn.ID, Unit: u, Min: jn.Min, Max: jn.Max, Step: jn.Step, Activity: jn.Activity, Ceiling: jn.Ceiling}
		if jn.Label != nil {
			n.Label = kpi.Label(*jn.Label)
		} else {
			n.Label = kpi.Label{Ja: jn.ID, En: jn.ID}
		}
		switch {
		case jn.Product != nil && jn.Sum != nil:
			bad(path, "has both product and sum; write a sum of products as separate nodes")
		case (jn.Product != nil || jn.Sum != nil) && jn.Value != nil:
			bad(path, "has both a value and children; a node is either a lever (value) or computed (product or sum)")
		case jn.Product != nil:
			n.Op, n.Children = kpi.Product, jn.Product
		case jn.Sum != nil:
			n.Op, n.Children = kpi.Sum, jn.Sum
		case jn.Value != nil:
			n.Value = *jn.Value
		default:
			bad(path, "needs either a value (a lever) or product/sum (computed)")
		}
		s.Nodes = append(s.Nodes, n)
	}
	return s, errs
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

// parsePresetsJSON reads what EncodePresets wrote.
func parsePresetsJSON(data []byte) (Presets, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	ps := make(Presets, 0, len(raw))
	for i, r := range raw {
		s, err := ParseJSON(r, "")
		if err != nil {
			return nil, fmt.Errorf("preset %d: %w", i, err)
		}
		ps = append(ps, s)
	}
	return ps, nil
}
