//go:build !wasm

package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// setHelp is kpisim help set: every key -set takes, as a scenario file
// names it. TestSetHelp keeps it whole.
const setHelp = `Settings: what -set id=value changes (kpisim calc, forecast and sensitivity)

	ID                          a lever's value, by its id or its label (close_rate, 受注率, "Close rate");
	                            kpisim calc -wide shows each node's id
	goal.value                  the goal (KGI): 100,000,000, 1億, 1.5M, $1.5M
	goal.period                 year, quarter, month, week or day: restates the goal per that period
	currency                    the ISO 4217 code the money is counted in: JPY, USD, EUR, GBP (numbers stay)

	calendar.headcount          reps
	calendar.working_days       working days a month
	calendar.days_per_week      working days a week
	calendar.hours_per_day      selling hours a day (0: no per-hour figures)
	calendar.months             the months the goal spans
	ceiling.ID                  an activity's ceiling per rep per day (or per its week or month)

	forecast.start_year         the plan's first year (2027)
	forecast.start_month        the plan's first month, 1 to 12 (4: April, a Japanese fiscal year)
	forecast.months             the plan's length in months
	forecast.lag_months         the sales cycle in months: activity lands as revenue that much later
	forecast.business_calendar.year
	                            Japan's business calendar from that year (weekdays less holidays and
	                            Dec 29 to Jan 3); 0: the constant calendar.working_days
	forecast.new_team           1: a new team, no pipeline before the plan; 0: an ongoing business
	forecast.trials             Monte Carlo trials (kpisim forecast -trials N)
	forecast.ranges.ID.low      a rate's or amount's low end for the Monte Carlo
	forecast.ranges.ID.high     its high end
	forecast.ranges.ID.of       the size of a rate's history (40 of 2,000: of=2000)
	forecast.activity_cv.ID     an activity's month-to-month variability (10%)

Rates take 20% or 0.2; amounts 1,000,000, 100万, 1億, 5千万, 1.2M or ¥1,200,000.
`

// byLabel is -set's key with a node named by its label (Japanese or
// English, any case) in place of its id: 受注率 as close_rate,
// ceiling.架電数 as ceiling.calls, forecast.ranges.Close rate.low as
// forecast.ranges.close_rate.low. A key that is already a setting or an
// id stays as typed.
func byLabel(s *scenario.Scenario, key string) string {
	if s.Node(key) != nil || slices.Contains(scenario.SettingKeys(), key) {
		return key
	}
	for _, prefix := range []string{scenario.KeyCeiling, scenario.KeyActivityCV, scenario.KeyRange} {
		rest, ok := strings.CutPrefix(key, prefix)
		if !ok {
			continue
		}
		end := ""
		if prefix == scenario.KeyRange {
			if dot := strings.LastIndexByte(rest, '.'); dot > 0 {
				rest, end = rest[:dot], rest[dot:]
			}
		}
		return prefix + nodeID(s, rest) + end
	}
	return nodeID(s, key)
}

// nodeID is the id of the node of s whose id or label is name, or name.
func nodeID(s *scenario.Scenario, name string) string {
	if s.Node(name) != nil {
		return name
	}
	name = strings.TrimSpace(name)
	for _, n := range s.Nodes {
		if strings.EqualFold(n.Label.Ja, name) || strings.EqualFold(n.Label.En, name) {
			return n.ID
		}
	}
	return name
}

// choices says which ids would have done where a -set key names no lever,
// activity or range of s, or a computed node: " (its levers: …)".
func choices(s *scenario.Scenario, l i18n.Lang, code kpi.Code) string {
	var key string
	var want func(n *kpi.Node) bool
	switch code {
	case kpi.NotLever, kpi.Computed:
		key, want = "cli.set_levers", func(n *kpi.Node) bool { return n.Op == kpi.Lever }
	case kpi.NotActivity:
		key, want = "cli.set_activities", func(n *kpi.Node) bool { return n.Activity }
	case kpi.NotRange:
		key, want = "cli.set_ranges", func(n *kpi.Node) bool { _, ok := s.Forecast.Ranges[n.ID]; return ok }
	default:
		return ""
	}
	var ids []string
	for i := range s.Nodes {
		if n := &s.Nodes[i]; want(n) {
			ids = append(ids, fmt.Sprintf(l.T("cli.id_label"), n.ID, n.Label.In(string(l))))
		}
	}
	if len(ids) == 0 {
		return l.T(key + "_none")
	}
	return fmt.Sprintf(l.T(key), strings.Join(ids, l.T("present.list_sep")))
}
