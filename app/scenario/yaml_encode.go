package scenario

import (
	"bytes"
	"math"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// Encode writes s as a YAML scenario file that Parse reads back to an equal
// Scenario. Labels and child lists are written in flow style, one node per
// block, so the file stays readable and diffs well.
func Encode(s *Scenario) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) { root.Content = append(root.Content, str(key), v) }
	add("version", num(float64(Version)))
	if s.ID != "" {
		add("id", str(s.ID))
	}
	if s.Title != (kpi.Label{}) {
		add("title", label(s.Title))
	}
	if s.Description != (kpi.Label{}) {
		add("description", label(s.Description))
	}
	add("currency", str(s.Currency))
	goal := flow(yaml.MappingNode, str("node"), str(s.Goal.Node), str("value"), num(s.Goal.Value), str("period"), str(s.Goal.Period.String()))
	add("goal", goal)
	c := s.Calendar
	cal := flow(yaml.MappingNode, str("months"), num(float64(c.Months)), str("working_days"), num(c.WorkingDays), str("headcount"), num(c.Headcount))
	if c.DaysPerWeek != 0 {
		cal.Content = append(cal.Content, str("days_per_week"), num(c.DaysPerWeek))
	}
	if c.HoursPerDay != 0 {
		cal.Content = append(cal.Content, str("hours_per_day"), num(c.HoursPerDay))
	}
	if c.CalendarDays {
		cal.Content = append(cal.Content, str("calendar_days"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	add("calendar", cal)
	if s.Solve != "" {
		add("solve", str(s.Solve))
	}
	add("rounding", str(s.Rounding.String()))
	nodes := &yaml.Node{Kind: yaml.SequenceNode}
	for i := range s.Nodes {
		nodes.Content = append(nodes.Content, node(&s.Nodes[i]))
	}
	add("nodes", nodes)
	if f := forecastNode(&s.Forecast, s.StatedRanges()); f != nil {
		add("forecast", f)
	}
	if a := actualsNode(s.Actuals); a != nil {
		add("actuals", a)
	}

	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.EncodeNode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func node(n *kpi.Node) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) { m.Content = append(m.Content, str(key), v) }
	add("id", str(n.ID))
	if n.Label != (kpi.Label{}) {
		add("label", label(n.Label))
	}
	add("unit", str(n.Unit.String()))
	if n.Cadence != kpi.CadenceNone {
		add("cadence", str(n.Cadence.String()))
	}
	if len(n.Aliases) > 0 {
		names := flow(yaml.SequenceNode)
		for _, a := range n.Aliases {
			names.Content = append(names.Content, str(a))
		}
		add("aliases", names)
	}
	if n.Op != kpi.Lever {
		kids := flow(yaml.SequenceNode)
		for _, c := range n.Children {
			kids.Content = append(kids.Content, str(c))
		}
		add(n.Op.String(), kids)
		return m
	}
	add("value", num(n.Value))
	if n.Min != 0 || n.Max != 0 {
		add("min", num(n.Min))
		add("max", num(n.Max))
	}
	if n.Step != 0 {
		add("step", num(n.Step))
	}
	if n.Activity {
		add("activity", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if n.Given {
		add("given", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if n.Per != kpi.PerDay {
		add("per", str(n.Per.String()))
	}
	if n.Ceiling != 0 {
		add("ceiling", num(n.Ceiling))
	}
	return m
}

func label(l kpi.Label) *yaml.Node {
	if l.Ja == l.En {
		return str(l.Ja)
	}
	return flow(yaml.MappingNode, str("ja"), str(l.Ja), str("en"), str(l.En))
}

func flow(kind yaml.Kind, content ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: kind, Style: yaml.FlowStyle, Content: content}
}

func str(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

// num writes v as the presets do, in plain digits: 100000000 and 0.25,
// not 1e+08 or !!float 12 (a whole number tagged float, which YAML would
// otherwise read as an integer). Very small and very large values keep
// their exponent.
func num(v float64) *yaml.Node {
	v += 0 // never -0
	a := math.Abs(v)
	switch {
	case v == math.Trunc(v) && a <= kpi.MaxValue:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatFloat(v, 'f', -1, 64)}
	case a >= 1e-6 && a <= kpi.MaxValue:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(v, 'f', -1, 64)}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(v, 'g', -1, 64)}
}

// rangeNode writes a lever's range: won of trials, or low, likely, high.
func rangeNode(r Range) *yaml.Node {
	if r.Count() {
		return flow(yaml.MappingNode, str("won"), num(float64(r.Won)), str("of"), num(float64(r.Of)))
	}
	return flow(yaml.MappingNode, str("low"), num(r.Low), str("likely"), num(r.Likely), str("high"), num(r.High))
}

// forecastNode writes the forecast section, or nil when it is all defaults.
// A range moved with its lever (stated) carries the range as the team
// stated it, so that SMART's Achievable tests the lever against that one
// wherever the file goes (a team's copy of a preset's file with an id of
// its own, a file of one's own tree; the CLI as the page).
func forecastNode(c *forecast.Config, stated map[string]StatedRange) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) { m.Content = append(m.Content, str(key), v) }
	intNode := func(v int) *yaml.Node { return num(float64(v)) }
	if c.StartMonth != 0 {
		add("start_month", intNode(c.StartMonth))
	}
	if c.Months != 0 {
		add("months", intNode(c.Months))
	}
	if c.Seasonality != nil {
		ws := flow(yaml.SequenceNode)
		for _, w := range c.Seasonality {
			ws.Content = append(ws.Content, num(w))
		}
		add("seasonality", ws)
	}
	if c.SeasonalityMode != 0 {
		add("seasonality_mode", str(c.SeasonalityMode.String()))
	}
	if len(c.Hires) > 0 {
		hs := &yaml.Node{Kind: yaml.SequenceNode}
		for _, h := range c.Hires {
			hs.Content = append(hs.Content, flow(yaml.MappingNode, str("month"), intNode(h.Month), str("count"), num(h.Count), str("ramp_months"), intNode(h.RampMonths)))
		}
		add("hires", hs)
	}
	if c.LagMonths != 0 {
		add("lag_months", intNode(c.LagMonths))
	}
	if c.StartYear != 0 {
		add("start_year", intNode(c.StartYear))
	}
	if c.CarryIn {
		add("carry_in", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if c.NewTeam {
		add("new_team", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if !c.BusinessCalendar.IsZero() {
		add("business_calendar", flow(yaml.MappingNode, str("country"), str(c.BusinessCalendar.Country), str("year"), intNode(c.BusinessCalendar.Year)))
	}
	if len(c.Ranges) > 0 {
		rs := &yaml.Node{Kind: yaml.MappingNode}
		for _, id := range sortedKeys(c.Ranges) {
			v := rangeNode(c.Ranges[id])
			if st, ok := stated[id]; ok {
				as := rangeNode(Range{Low: st.Low, Likely: st.Likely, High: st.High, Won: st.Won, Of: st.Of})
				as.Content = append(as.Content, str("at"), num(st.At))
				v.Content = append(v.Content, str("stated"), as)
			}
			rs.Content = append(rs.Content, str(id), v)
		}
		add("ranges", rs)
		if len(stated) > 0 {
			m.Content[len(m.Content)-2].LineComment = "# a moved lever's range moves with it; stated: the range as set, at the lever's value then"
		}
	}
	if len(c.ActivityCV) > 0 {
		cv := flow(yaml.MappingNode)
		for _, id := range sortedKeys(c.ActivityCV) {
			cv.Content = append(cv.Content, str(id), num(c.ActivityCV[id]))
		}
		add("activity_cv", cv)
	}
	if c.Outcomes != 0 {
		add("outcomes", str(c.Outcomes.String()))
	}
	if c.Trials != 0 {
		add("trials", intNode(c.Trials))
	}
	if c.Seed != 0 {
		add("seed", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatUint(c.Seed, 10)})
	}
	if len(m.Content) == 0 {
		return nil
	}
	return m
}
