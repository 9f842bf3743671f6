package scenario

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// decoder walks the wire form (wire.go) of either file format, applying
// every rule the file format has, and builds the Scenario.
type decoder struct {
	errs   Errors
	lines  map[string]int         // field path -> line, for errors found after decoding
	stated map[string]StatedRange // forecast.ranges.ID.stated, by lever id
	money  []amount               // numbers written with a currency (12万円), checked once the units are known (checkMoney)
}

// amount is a number a file writes with a currency: where, and as written.
type amount struct {
	v     *value
	field string
	text  string
}

// decodeTree builds the scenario in root and checks it: the one path from
// the wire form to a valid Scenario, for YAML and JSON alike.
func decodeTree(root *value, id string, errs Errors, r rules) (*Scenario, error) {
	d := &decoder{errs: errs, lines: map[string]int{}}
	s := &Scenario{Calendar: kpi.DefaultCalendar(), Currency: "JPY"}
	if root != nil {
		d.scenario(root, s)
		d.checkMoney(s)
		d.checkActuals(s, r)
		s.RestoreStated(d.stated) // those that move to the range held (a range edited since is stated so)
	}
	return finish(s, id, d.errs, d.lines, r)
}

func (d *decoder) fail(v *value, field, key string, args ...any) {
	line := 0
	if v != nil {
		line = v.line
	}
	d.errs = append(d.errs, fileError(line, field, key, args...))
}

var topKeys = []string{"version", "id", "title", "description", "currency", "goal", "calendar", "solve", "rounding", "nodes", "forecast", "actuals"}
var goalKeys = []string{"node", "value", "period"}
var calendarKeys = []string{"months", "working_days", "headcount", "days_per_week", "hours_per_day", "calendar_days"}
var nodeKeys = []string{"id", "label", "unit", "product", "sum", "value", "min", "max", "step", "activity", "ceiling",
	"difference", "ratio", "cadence", "per", "given", "aliases"}
var forecastKeys = []string{"start_month", "months", "seasonality", "seasonality_mode", "hires", "lag_months", "carry_in", "new_team",
	"business_calendar", "ranges", "activity_cv", "outcomes", "trials", "seed", "start_year"}

func (d *decoder) scenario(root *value, s *Scenario) {
	if root.kind != mapKind {
		d.fail(root, "", "scenario.not_scenario")
		return
	}
	seen := d.mapping(root, "", topKeys, func(key string, v *value) {
		switch key {
		case "version":
			s.Version = d.int(v, key)
		case "id":
			s.ID = d.str(v, key)
		case "title":
			s.Title = d.label(v, key)
		case "description":
			s.Description = d.label(v, key)
		case "currency":
			// usd is USD, as -set currency=usd and the page's field read it.
			s.Currency = strings.ToUpper(strings.TrimSpace(d.str(v, key)))
		case "goal":
			d.goal(v, s)
		case "calendar":
			d.calendar(v, s)
		case "solve":
			s.Solve = d.str(v, key)
		case "rounding":
			if t, ok := d.scalar(v, key); ok {
				r, err := kpi.ParseRounding(t)
				if err != nil {
					d.fail(v, key, "scenario.rounding")
				}
				s.Rounding = r
			}
		case "nodes":
			d.nodes(v, s)
		case "forecast":
			d.forecast(v, &s.Forecast)
		case "actuals": // issue 13
			d.actuals(v, s)
		}
	})
	for _, req := range []string{"version", "goal", "nodes"} {
		if !seen[req] {
			d.fail(root, req, "scenario.missing")
		}
	}
	if seen["version"] && s.Version != Version {
		d.fail(root, "version", "scenario.version", s.Version, Version)
	}
}

// splitNumber reports whether pair k of a mapping is a group of a number
// written with thousands commas inside {…}, which YAML reads as keys: a
// key of three digits without a value, after a number or another such
// group.
func splitNumber(pairs []pair, k int) bool {
	if k == 0 || !digitGroup(pairs[k].key) || pairs[k].v != nil && pairs[k].v.text != "" {
		return false
	}
	prev := pairs[k-1]
	return digitGroup(prev.key) || prev.v != nil && prev.v.text != "" && strings.Trim(prev.v.text, "0123456789.") == ""
}

// digitGroup reports whether key is three digits: 000 of 24,000.
func digitGroup(key string) bool {
	return len(key) == 3 && strings.Trim(key, "0123456789") == ""
}

// mapping walks the pairs of a mapping, reporting unknown keys (any key is
// known when known is nil: a map keyed by lever id) and repeated keys, and
// returns the keys seen.
func (d *decoder) mapping(v *value, path string, known []string, each func(key string, v *value)) map[string]bool {
	seen := map[string]bool{}
	switch v.kind {
	case badKind:
		return seen
	case mapKind:
	default:
		d.fail(v, path, "scenario.mapping")
		return seen
	}
	for k, p := range v.pairs {
		field := join(path, p.key)
		switch {
		case known != nil && !slices.Contains(known, p.key) && splitNumber(v.pairs, k):
			// {value: 24,000}: YAML splits the mapping at the comma, and
			// 000 read as a key ("acv.000: unknown key").
			if prev := v.pairs[k-1]; !digitGroup(prev.key) {
				n := prev.v.text
				for _, q := range v.pairs[k:] {
					if !digitGroup(q.key) {
						break
					}
					n += "," + q.key
				}
				d.errs = append(d.errs, fileError(p.line, join(path, prev.key), "scenario.split_number", n, strings.ReplaceAll(n, ",", "")))
			}
			continue
		case known != nil && !slices.Contains(known, p.key):
			if s := suggest(p.key, known); s != "" {
				d.errs = append(d.errs, fileError(p.line, field, "scenario.unknown_key_hint", s, strings.Join(known, ", ")))
			} else {
				d.errs = append(d.errs, fileError(p.line, field, "scenario.unknown_key", strings.Join(known, ", ")))
			}
			continue
		case seen[p.key]:
			d.errs = append(d.errs, fileError(p.line, field, "scenario.twice"))
			continue
		}
		seen[p.key] = true
		d.lines[field] = p.v.line
		each(p.key, p.v)
	}
	return seen
}

// scalar returns v's text when v is a single value.
func (d *decoder) scalar(v *value, field string) (string, bool) {
	switch v.kind {
	case scalarKind:
		return v.text, true
	case nullKind:
		d.fail(v, field, "scenario.null")
	case mapKind, listKind:
		d.fail(v, field, "scenario.scalar")
	}
	return "", false
}

func (d *decoder) str(v *value, field string) string {
	t, _ := d.scalar(v, field)
	return t
}

// num reads a number as ParseValue does: 40, 1,000,000, 25%, 100万, 1億.
func (d *decoder) num(v *value, field string) float64 {
	t, ok := d.scalar(v, field)
	if !ok {
		return 0
	}
	x, err := ParseValue(t)
	if err != nil && Money(t) {
		// An amount with its currency, as a field and -set read it
		// (12万円, ¥1,000,000): read, and refused once the units are
		// known if what it sets is no amount, or in another currency.
		if y, err2 := ParseTyped(t); err2 == nil {
			d.money = append(d.money, amount{v, field, t})
			return y
		}
	}
	if err != nil {
		d.fail(v, field, "scenario.not_number", t)
		return 0
	}
	return x
}

// checkMoney refuses each number written with a currency (decoder.money)
// where what it sets is no amount (a count, a rate, reps: 12万円 calls
// had been read as 120,000 in a field), or an amount in another currency
// than s's; the goal's value and a money lever's value, ends and ceiling
// take their own currency as a field does.
func (d *decoder) checkMoney(s *Scenario) {
	for _, a := range d.money {
		unit := kpi.Count
		switch {
		case a.field == "goal.value":
			if n := s.Node(s.Goal.Node); n != nil {
				unit = n.Unit
			}
		default:
			for _, part := range strings.Split(a.field, ".") {
				if n := s.Node(part); n != nil {
					unit = n.Unit
					break
				}
			}
		}
		switch {
		case unit != kpi.Currency:
			d.fail(a.v, a.field, "scenario.not_money", a.text)
		case s.ForeignAmount(a.text) != "":
			d.fail(a.v, a.field, "scenario.other_currency", a.text, s.Currency)
		}
	}
}

// int reads a whole number, written as num reads numbers (20,000, 1e4, 2万).
func (d *decoder) int(v *value, field string) int {
	t, ok := d.scalar(v, field)
	if !ok {
		return 0
	}
	x, err := ParseValue(t)
	if err != nil || x != math.Trunc(x) || math.Abs(x) > 1<<53 {
		d.fail(v, field, "scenario.not_whole", t)
		return 0
	}
	return int(x)
}

// bool reads true or false, written bare: "yes", "True" and the string
// "true" are not booleans.
func (d *decoder) bool(v *value, field string) bool {
	if v.kind == scalarKind && v.bool {
		return v.text == "true"
	}
	if v.kind != badKind {
		d.fail(v, field, "scenario.bool")
	}
	return false
}

func (d *decoder) label(v *value, field string) kpi.Label {
	if v.kind != mapKind {
		t, _ := d.scalar(v, field)
		return kpi.Label{Ja: t, En: t}
	}
	var l kpi.Label
	seen := map[string]bool{}
	for _, p := range v.pairs {
		f := join(field, p.key)
		switch {
		case p.key != "ja" && p.key != "en":
			d.errs = append(d.errs, fileError(p.line, f, "scenario.label_key"))
			continue
		case seen[p.key]:
			d.errs = append(d.errs, fileError(p.line, f, "scenario.twice"))
			continue
		}
		seen[p.key] = true
		switch p.key {
		case "ja":
			l.Ja = d.str(p.v, f)
		default:
			l.En = d.str(p.v, f)
		}
	}
	return l
}

func (d *decoder) ids(v *value, field string) []string {
	if v.kind != listKind {
		d.fail(v, field, "scenario.ids")
		return nil
	}
	out := make([]string, 0, len(v.items))
	for _, c := range v.items {
		out = append(out, d.str(c, field))
	}
	return out
}

// enum reads one of a set of names with parse; key names the rule.
func enum[T any](d *decoder, v *value, field, key string, parse func(string) (T, error)) T {
	var zero T
	t, ok := d.scalar(v, field)
	if !ok {
		return zero
	}
	x, err := parse(t)
	if err != nil {
		d.fail(v, field, key)
		return zero
	}
	return x
}

func (d *decoder) goal(v *value, s *Scenario) {
	seen := d.mapping(v, "goal", goalKeys, func(key string, w *value) {
		switch key {
		case "node":
			s.Goal.Node = d.str(w, "goal.node")
		case "value":
			s.Goal.Value = d.num(w, "goal.value")
		case "period":
			p := enum(d, w, "goal.period", "scenario.goal_period", kpi.ParsePeriod)
			if !kpi.GoalPeriod(p) {
				d.fail(w, "goal.period", "scenario.goal_period")
				p = 0
			}
			s.Goal.Period = p
		}
	})
	for _, req := range []string{"node", "value"} {
		if v.kind == mapKind && !seen[req] {
			d.fail(v, "goal."+req, "scenario.missing")
		}
	}
}

func (d *decoder) calendar(v *value, s *Scenario) {
	seen := d.mapping(v, "calendar", calendarKeys, func(key string, w *value) {
		switch key {
		case "months":
			s.Calendar.Months = d.int(w, "calendar.months")
		case "working_days":
			s.Calendar.WorkingDays = d.num(w, "calendar.working_days")
		case "headcount":
			s.Calendar.Headcount = d.num(w, "calendar.headcount")
		case "days_per_week":
			s.Calendar.DaysPerWeek = d.num(w, "calendar.days_per_week")
			if s.Calendar.DaysPerWeek == 0 {
				d.fail(w, "calendar.days_per_week", "scenario.positive")
			}
		case "hours_per_day":
			s.Calendar.HoursPerDay = d.num(w, "calendar.hours_per_day")
			if s.Calendar.HoursPerDay == 0 {
				d.fail(w, "calendar.hours_per_day", "scenario.positive")
			}
		case "calendar_days":
			s.Calendar.CalendarDays = d.bool(w, "calendar.calendar_days")
		}
	})
	// Calendar-day months count 30 days, as velocity formulas do.
	if s.Calendar.CalendarDays && !seen["working_days"] {
		s.Calendar.WorkingDays = 30
	}
}

func (d *decoder) nodes(v *value, s *Scenario) {
	if v.kind != listKind {
		d.fail(v, "nodes", "scenario.nodes")
		return
	}
	if len(v.items) > kpi.MaxNodes {
		d.fail(v, "nodes", "scenario.too_many_nodes", len(v.items), kpi.MaxNodes)
		return
	}
	for i, c := range v.items {
		s.Nodes = append(s.Nodes, d.node(c, i))
	}
}

func (d *decoder) node(v *value, i int) kpi.Node {
	var nd kpi.Node
	path := fmt.Sprintf("nodes[%d]", i)
	for _, p := range v.pairs {
		if p.key == "id" && p.v.kind == scalarKind && p.v.text != "" {
			nd.ID = p.v.text
			path = nd.ID
			break
		}
	}
	d.lines[path] = v.line
	var val, lo, hi, step *value
	seen := d.mapping(v, path, nodeKeys, func(key string, w *value) {
		f := path + "." + key
		switch key {
		case "id":
			d.str(w, f)
		case "label":
			nd.Label = d.label(w, f)
		case "unit":
			nd.Unit = enum(d, w, f, "scenario.unit", kpi.ParseUnit)
		case "product", "sum", "difference", "ratio":
			if nd.Op != kpi.Lever {
				d.fail(w, path, "scenario.two_ops")
			}
			nd.Op, _ = kpi.ParseOp(key)
			nd.Children = d.ids(w, f)
			d.lines[path+".children"] = w.line
		case "value":
			val = w
		case "min":
			lo = w
		case "max":
			hi = w
		case "step":
			step = w
		case "activity":
			nd.Activity = d.bool(w, f)
		case "given":
			nd.Given = d.bool(w, f)
		case "ceiling":
			nd.Ceiling = d.num(w, f)
		case "cadence":
			nd.Cadence = enum(d, w, f, "scenario.cadence", kpi.ParseCadence)
		case "per":
			nd.Per = enum(d, w, f, "scenario.per", kpi.ParsePer)
		case "aliases":
			nd.Aliases = d.aliases(w, f)
		}
	})
	if v.kind != mapKind {
		return nd
	}
	if !seen["id"] {
		d.fail(v, path, "scenario.no_id")
	}
	if nd.Label == (kpi.Label{}) { // no label, or an empty one: the id
		nd.Label = kpi.Label{Ja: nd.ID, En: nd.ID}
	}
	if !seen["unit"] {
		d.fail(v, path, "scenario.no_unit")
	}
	computed := seen["product"] || seen["sum"] || seen["difference"] || seen["ratio"]
	switch {
	case computed && val != nil:
		d.fail(val, path, "scenario.value_and_op")
	case !computed && val == nil:
		d.fail(v, path, "scenario.value_or_op")
	}
	if val != nil {
		nd.Value = d.num(val, path+".value")
	}
	if lo != nil {
		nd.Min = d.num(lo, path+".min")
	}
	if hi != nil {
		nd.Max = d.num(hi, path+".max")
	}
	if step != nil {
		nd.Step = d.num(step, path+".step")
	}
	if nd.Unit == kpi.Rate && val != nil {
		if fraction, over := RateOverOne(val.text, nd.Value); over {
			key, args := RatePercentKey(val.text, fraction)
			d.fail(val, path+".value", key, args...)
		}
	}
	return nd
}

// forecast reads the forecast: section.
func (d *decoder) forecast(v *value, c *forecast.Config) {
	d.mapping(v, "forecast", forecastKeys, func(key string, w *value) {
		f := "forecast." + key
		switch key {
		case "start_month":
			c.StartMonth = d.int(w, f)
		case "months":
			c.Months = d.int(w, f)
		case "seasonality":
			if w.kind != listKind {
				d.fail(w, f, "scenario.seasonality")
				return
			}
			c.Seasonality = make([]float64, 0, len(w.items))
			for _, x := range w.items {
				c.Seasonality = append(c.Seasonality, d.num(x, f))
			}
		case "seasonality_mode":
			c.SeasonalityMode = enum(d, w, f, "scenario.seasonality_mode", forecast.ParseSeasonMode)
		case "hires":
			d.hires(w, c)
		case "lag_months":
			c.LagMonths = d.int(w, f)
		case "start_year":
			c.StartYear = d.int(w, f)
		case "carry_in": // the old switch for the default pipeline: read and ignored
			c.CarryIn = d.bool(w, f)
		case "new_team":
			c.NewTeam = d.bool(w, f)
		case "business_calendar":
			d.mapping(w, f, []string{"country", "year"}, func(k string, x *value) {
				if k == "country" {
					c.BusinessCalendar.Country = d.str(x, f+".country")
				} else {
					c.BusinessCalendar.Year = d.int(x, f+".year")
				}
			})
		case "ranges":
			d.ranges(w, c)
		case "activity_cv":
			cv := map[string]float64{}
			d.mapping(w, f, nil, func(id string, x *value) { cv[id] = d.num(x, f+"."+id) })
			if len(cv) > 0 {
				c.ActivityCV = cv
			}
		case "outcomes":
			c.Outcomes = enum(d, w, f, "scenario.outcomes", forecast.ParseOutcomes)
		case "trials":
			c.Trials = d.int(w, f)
		case "seed":
			if t, ok := d.scalar(w, f); ok {
				seed, err := strconv.ParseUint(t, 10, 64)
				if err != nil {
					d.fail(w, f, "scenario.seed", uint64(math.MaxUint64))
				}
				c.Seed = seed
			}
		}
	})
}

func (d *decoder) hires(v *value, c *forecast.Config) {
	if v.kind != listKind {
		d.fail(v, "forecast.hires", "scenario.hires")
		return
	}
	for i, h := range v.items {
		f := fmt.Sprintf("forecast.hires[%d]", i)
		var hire forecast.Hire
		d.mapping(h, f, []string{"month", "count", "ramp_months"}, func(k string, w *value) {
			switch k {
			case "month":
				hire.Month = d.int(w, f+".month")
			case "count":
				hire.Count = d.num(w, f+".count")
			case "ramp_months":
				hire.RampMonths = d.int(w, f+".ramp_months")
			}
		})
		c.Hires = append(c.Hires, hire)
	}
}

func (d *decoder) ranges(v *value, c *forecast.Config) {
	rs := map[string]forecast.Range{}
	d.mapping(v, "forecast.ranges", nil, func(id string, w *value) {
		f := "forecast.ranges." + id
		var r forecast.Range
		d.mapping(w, f, []string{"low", "likely", "high", "won", "of", "stated"}, func(k string, x *value) {
			if k == "stated" {
				d.statedRange(x, f+".stated", id)
				return
			}
			d.rangeField(x, f, k, &r)
		})
		rs[id] = r
	})
	if len(rs) > 0 {
		c.Ranges = rs
	}
}

// rangeField reads a range's field k (low, likely, high, won, of) into r.
func (d *decoder) rangeField(x *value, f, k string, r *forecast.Range) {
	switch k {
	case "low":
		r.Low = d.num(x, f+".low")
	case "likely":
		r.Likely = d.num(x, f+".likely")
	case "high":
		r.High = d.num(x, f+".high")
	case "won":
		r.Won = d.int(x, f+".won")
	case "of":
		r.Of = d.int(x, f+".of")
	}
}

// statedRange reads lever id's range as the team stated it (the range
// beside it is that one moved with the lever since: Scenario.StatedRanges),
// with the lever's value then (at).
func (d *decoder) statedRange(v *value, f, id string) {
	var r forecast.Range
	at := 0.0
	seen := d.mapping(v, f, []string{"low", "likely", "high", "won", "of", "at"}, func(k string, x *value) {
		if k == "at" {
			at = d.num(x, f+".at")
			return
		}
		d.rangeField(x, f, k, &r)
	})
	if v.kind != mapKind {
		return
	}
	if !seen["at"] || !(at > 0) {
		d.fail(v, f+".at", "scenario.stated_at")
		return
	}
	if d.stated == nil {
		d.stated = map[string]StatedRange{}
	}
	d.stated[id] = StatedRange{Low: r.Low, Likely: r.Likely, High: r.High, Won: r.Won, Of: r.Of, At: at}
}
