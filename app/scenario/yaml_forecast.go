//go:build !wasm

package scenario

import (
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/kpisim/kpisim/app/forecast"
)

var forecastKeys = []string{"start_month", "months", "seasonality", "seasonality_mode", "hires", "lag_months", "carry_in",
	"business_calendar", "ranges", "activity_cv", "outcomes", "trials", "seed"}

// forecast reads the forecast: section into s.Forecast.
func (d *decoder) forecast(n *yaml.Node, s *Scenario) {
	c := &s.Forecast
	d.mapping(n, "forecast", forecastKeys, func(key string, _, v *yaml.Node) {
		f := "forecast." + key
		switch key {
		case "start_month":
			c.StartMonth = d.int(v, f)
		case "months":
			c.Months = d.int(v, f)
		case "seasonality":
			if v.Kind != yaml.SequenceNode {
				d.fail(v, f, "must be a list of 12 weights, January first")
				return
			}
			c.Seasonality = make([]float64, 0, len(v.Content))
			for _, w := range v.Content {
				c.Seasonality = append(c.Seasonality, d.num(w, f))
			}
		case "seasonality_mode":
			m, err := forecast.ParseSeasonMode(d.str(v, f))
			if err != nil {
				d.fail(v, f, "must be goal, activity or both")
			}
			c.SeasonalityMode = m
		case "hires":
			d.hires(v, c)
		case "lag_months":
			c.LagMonths = d.int(v, f)
		case "carry_in":
			c.CarryIn = d.bool(v, f)
		case "business_calendar":
			d.mapping(v, f, []string{"country", "year"}, func(k string, _, w *yaml.Node) {
				if k == "country" {
					c.BusinessCalendar.Country = d.str(w, f+".country")
				} else {
					c.BusinessCalendar.Year = d.int(w, f+".year")
				}
			})
		case "ranges":
			d.ranges(v, c)
		case "activity_cv":
			cv := map[string]float64{}
			d.mapping(v, f, nil, func(id string, _, w *yaml.Node) { cv[id] = d.num(w, f+"."+id) })
			if len(cv) > 0 {
				c.ActivityCV = cv
			}
		case "outcomes":
			o, err := forecast.ParseOutcomes(d.str(v, f))
			if err != nil {
				d.fail(v, f, "must be binomial or expected")
			}
			c.Outcomes = o
		case "trials":
			c.Trials = d.int(v, f)
		case "seed":
			if d.scalar(v, f) {
				seed, err := strconv.ParseUint(v.Value, 10, 64)
				if err != nil {
					d.fail(v, f, "must be a whole number from 0 to %d", uint64(1<<64-1))
				}
				c.Seed = seed
			}
		}
	})
}

func (d *decoder) hires(n *yaml.Node, c *forecast.Config) {
	if n.Kind != yaml.SequenceNode {
		d.fail(n, "forecast.hires", "must be a list of {month, count, ramp_months}")
		return
	}
	for i, h := range n.Content {
		f := fmt.Sprintf("forecast.hires[%d]", i)
		var hire forecast.Hire
		d.mapping(h, f, []string{"month", "count", "ramp_months"}, func(k string, _, v *yaml.Node) {
			switch k {
			case "month":
				hire.Month = d.int(v, f+".month")
			case "count":
				hire.Count = d.num(v, f+".count")
			case "ramp_months":
				hire.RampMonths = d.int(v, f+".ramp_months")
			}
		})
		c.Hires = append(c.Hires, hire)
	}
}

func (d *decoder) ranges(n *yaml.Node, c *forecast.Config) {
	rs := map[string]forecast.Range{}
	defer func() {
		if len(rs) > 0 {
			c.Ranges = rs
		}
	}()
	d.mapping(n, "forecast.ranges", nil, func(id string, _, v *yaml.Node) {
		f := "forecast.ranges." + id
		var r forecast.Range
		d.mapping(v, f, []string{"low", "likely", "high", "won", "of"}, func(k string, _, w *yaml.Node) {
			switch k {
			case "low":
				r.Low = d.num(w, f+".low")
			case "likely":
				r.Likely = d.num(w, f+".likely")
			case "high":
				r.High = d.num(w, f+".high")
			case "won":
				r.Won = d.int(w, f+".won")
			case "of":
				r.Of = d.int(w, f+".of")
			}
		})
		rs[id] = r
	})
}

// forecastNode writes the forecast section, or nil when it is all defaults.
func forecastNode(c *forecast.Config) *yaml.Node {
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
	if c.CarryIn {
		add("carry_in", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	if !c.BusinessCalendar.IsZero() {
		add("business_calendar", flow(yaml.MappingNode, str("country"), str(c.BusinessCalendar.Country), str("year"), intNode(c.BusinessCalendar.Year)))
	}
	if len(c.Ranges) > 0 {
		rs := &yaml.Node{Kind: yaml.MappingNode}
		for _, id := range sortedKeys(c.Ranges) {
			r := c.Ranges[id]
			var v *yaml.Node
			if r.Count() {
				v = flow(yaml.MappingNode, str("won"), intNode(r.Won), str("of"), intNode(r.Of))
			} else {
				v = flow(yaml.MappingNode, str("low"), num(r.Low), str("likely"), num(r.Likely), str("high"), num(r.High))
			}
			rs.Content = append(rs.Content, str(id), v)
		}
		add("ranges", rs)
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
