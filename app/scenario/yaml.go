//go:build !wasm

package scenario

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kpisim/kpisim/app/kpi"
)

// Parse reads a scenario file (YAML, which also reads JSON) and returns a
// valid Scenario, or Errors listing every problem with its line. id names
// the scenario when the file has no id of its own (a preset's file name).
//
// The YAML decoder is native only: it adds 430 KB to the WebAssembly
// binary. In the browser, Parse reads the JSON form (see ParseJSON).
func Parse(data []byte, id string) (*Scenario, error) {
	d := &decoder{lines: map[string]int{}}
	s := d.decode(data)
	return finish(s, id, d.errs, d.lines)
}

type decoder struct {
	errs  Errors
	lines map[string]int // field path -> line, for errors found after decoding
}

func (d *decoder) fail(n *yaml.Node, field, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.errs = append(d.errs, &Error{Line: line, Field: field, Rule: fmt.Sprintf(format, args...)})
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

var topKeys = []string{"version", "id", "title", "description", "currency", "goal", "calendar", "solve", "rounding", "nodes", "forecast"}
var goalKeys = []string{"node", "value", "period"}
var calendarKeys = []string{"months", "working_days", "headcount"}
var nodeKeys = []string{"id", "label", "unit", "product", "sum", "value", "min", "max", "step", "activity", "ceiling"}

func (d *decoder) decode(data []byte) *Scenario {
	s := &Scenario{Calendar: kpi.DefaultCalendar(), Currency: "JPY"}
	if len(data) > MaxFileSize {
		d.fail(nil, "", "the file is %d bytes; a scenario is at most %d", len(data), MaxFileSize)
		return s
	}
	if len(bytes.TrimSpace(data)) == 0 {
		d.fail(nil, "", "the file is empty; a scenario starts with version: 1")
		return s
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.TrimPrefix(strings.TrimPrefix(msg, m[0]), ": ")
		}
		d.errs = append(d.errs, &Error{Line: line, Rule: "not valid YAML: " + msg})
		return s
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		d.fail(&doc, "", "a scenario is a mapping of keys such as version, goal and nodes")
		return s
	}
	root := doc.Content[0]
	seen := d.mapping(root, "", topKeys, func(key string, k, v *yaml.Node) {
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
			s.Currency = d.str(v, key)
		case "goal":
			d.goal(v, s)
		case "calendar":
			d.calendar(v, s)
		case "solve":
			s.Solve = d.str(v, key)
		case "rounding":
			if r, err := kpi.ParseRounding(d.str(v, key)); err != nil {
				d.fail(v, key, "must be ceil, none or round")
			} else {
				s.Rounding = r
			}
		case "nodes":
			d.nodes(v, s)
		case "forecast":
			d.forecast(v, s)
		}
	})
	for _, req := range []string{"version", "goal", "nodes"} {
		if !seen[req] {
			d.fail(root, req, "is missing")
		}
	}
	if seen["version"] && s.Version != Version {
		d.fail(root, "version", "is %d; this kpisim reads version %d", s.Version, Version)
	}
	return s
}

// mapping walks the key/value pairs of a mapping node, reporting unknown
// keys (any key is known when known is nil: a map keyed by lever id) and
// repeated keys, and returns the keys seen.
func (d *decoder) mapping(n *yaml.Node, path string, known []string, each func(key string, k, v *yaml.Node)) map[string]bool {
	seen := map[string]bool{}
	if n.Kind != yaml.MappingNode {
		d.fail(n, path, "must be a mapping (key: value lines)")
		return seen
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		field := join(path, key)
		switch {
		case known != nil && !slices.Contains(known, key):
			d.fail(k, field, "unknown key%s; known keys are %s", suggest(key, known), strings.Join(known, ", "))
			continue
		case seen[key]:
			d.fail(k, field, "appears twice")
			continue
		}
		seen[key] = true
		d.lines[field] = v.Line
		each(key, k, v)
	}
	return seen
}

func (d *decoder) scalar(n *yaml.Node, field string) bool {
	if n.Kind == yaml.AliasNode {
		d.fail(n, field, "aliases are not supported in scenario files")
		return false
	}
	if n.Kind != yaml.ScalarNode {
		d.fail(n, field, "must be a single value")
		return false
	}
	return true
}

func (d *decoder) str(n *yaml.Node, field string) string {
	if !d.scalar(n, field) {
		return ""
	}
	return n.Value
}

func (d *decoder) int(n *yaml.Node, field string) int {
	if !d.scalar(n, field) {
		return 0
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil {
		d.fail(n, field, "%q is not a whole number", n.Value)
	}
	return v
}

func (d *decoder) num(n *yaml.Node, field string) float64 {
	if !d.scalar(n, field) {
		return 0
	}
	v, err := ParseValue(n.Value)
	if err != nil {
		d.fail(n, field, "%v", err)
	}
	return v
}

func (d *decoder) bool(n *yaml.Node, field string) bool {
	if !d.scalar(n, field) {
		return false
	}
	switch n.Value {
	case "true", "yes":
		return true
	case "false", "no":
		return false
	}
	d.fail(n, field, "must be true or false")
	return false
}

func (d *decoder) label(n *yaml.Node, field string) kpi.Label {
	if n.Kind == yaml.ScalarNode {
		return kpi.Label{Ja: n.Value, En: n.Value}
	}
	var l kpi.Label
	d.mapping(n, field, []string{"ja", "en"}, func(key string, _, v *yaml.Node) {
		if key == "ja" {
			l.Ja = d.str(v, field+".ja")
		} else {
			l.En = d.str(v, field+".en")
		}
	})
	return l
}

func (d *decoder) ids(n *yaml.Node, field string) []string {
	if n.Kind != yaml.SequenceNode {
		d.fail(n, field, "must be a list of node ids, such as [unit_price, deals]")
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		out = append(out, d.str(c, field))
	}
	return out
}

func (d *decoder) goal(n *yaml.Node, s *Scenario) {
	seen := d.mapping(n, "goal", goalKeys, func(key string, _, v *yaml.Node) {
		switch key {
		case "node":
			s.Goal.Node = d.str(v, "goal.node")
		case "value":
			s.Goal.Value = d.num(v, "goal.value")
		case "period":
			p, err := kpi.ParsePeriod(d.str(v, "goal.period"))
			if err != nil || p > kpi.Month {
				d.fail(v, "goal.period", "must be year, quarter or month")
			}
			s.Goal.Period = p
		}
	})
	for _, req := range []string{"node", "value"} {
		if n.Kind == yaml.MappingNode && !seen[req] {
			d.fail(n, "goal."+req, "is missing")
		}
	}
}

func (d *decoder) calendar(n *yaml.Node, s *Scenario) {
	d.mapping(n, "calendar", calendarKeys, func(key string, _, v *yaml.Node) {
		switch key {
		case "months":
			s.Calendar.Months = d.int(v, "calendar.months")
		case "working_days":
			s.Calendar.WorkingDays = d.num(v, "calendar.working_days")
		case "headcount":
			s.Calendar.Headcount = d.num(v, "calendar.headcount")
		}
	})
}

func (d *decoder) nodes(n *yaml.Node, s *Scenario) {
	if n.Kind != yaml.SequenceNode {
		d.fail(n, "nodes", "must be a list of nodes, each starting with - id:")
		return
	}
	if len(n.Content) > kpi.MaxNodes {
		d.fail(n, "nodes", "has %d nodes; at most %d are allowed", len(n.Content), kpi.MaxNodes)
		return
	}
	for i, c := range n.Content {
		s.Nodes = append(s.Nodes, d.node(c, i))
	}
}

func (d *decoder) node(n *yaml.Node, i int) kpi.Node {
	var nd kpi.Node
	path := fmt.Sprintf("nodes[%d]", i)
	if n.Kind == yaml.MappingNode {
		for j := 0; j+1 < len(n.Content); j += 2 {
			if n.Content[j].Value == "id" && n.Content[j+1].Kind == yaml.ScalarNode {
				nd.ID = n.Content[j+1].Value
				path = nd.ID
			}
		}
	}
	d.lines[path] = n.Line
	var value, min, max, step *yaml.Node
	seen := d.mapping(n, path, nodeKeys, func(key string, _, v *yaml.Node) {
		f := path + "." + key
		switch key {
		case "id":
			d.str(v, f)
		case "label":
			nd.Label = d.label(v, f)
		case "unit":
			u, err := kpi.ParseUnit(d.str(v, f))
			if err != nil {
				d.fail(v, f, "must be number, currency, count or rate")
			}
			nd.Unit = u
		case "product", "sum":
			if nd.Op != kpi.Lever {
				d.fail(v, path, "has both product and sum; write a sum of products as separate nodes")
			}
			nd.Op = map[string]kpi.Op{"product": kpi.Product, "sum": kpi.Sum}[key]
			nd.Children = d.ids(v, f)
			d.lines[path+".children"] = v.Line
		case "value":
			value = v
		case "min":
			min = v
		case "max":
			max = v
		case "step":
			step = v
		case "activity":
			nd.Activity = d.bool(v, f)
		case "ceiling":
			nd.Ceiling = d.num(v, f)
		}
	})
	if n.Kind != yaml.MappingNode {
		return nd
	}
	if !seen["id"] {
		d.fail(n, path, "has no id")
	}
	if !seen["label"] {
		nd.Label = kpi.Label{Ja: nd.ID, En: nd.ID}
	}
	if !seen["unit"] {
		d.fail(n, path, "has no unit; write unit: currency, count, rate or number")
	}
	computed := seen["product"] || seen["sum"]
	switch {
	case computed && value != nil:
		d.fail(value, path, "has both a value and children; a node is either a lever (value) or computed (product or sum)")
	case !computed && value == nil:
		d.fail(n, path, "needs either a value (a lever) or product/sum (computed)")
	}
	if value != nil {
		nd.Value = d.num(value, path+".value")
	}
	if min != nil {
		nd.Min = d.num(min, path+".min")
	}
	if max != nil {
		nd.Max = d.num(max, path+".max")
	}
	if step != nil {
		nd.Step = d.num(step, path+".step")
	}
	if nd.Unit == kpi.Rate && value != nil && nd.Value > 1 && !strings.ContainsAny(value.Value, "%％") {
		d.fail(value, path+".value", "%s is more than 100%%; write a rate as a percentage (%s%%) or a fraction (%s)",
			value.Value, value.Value, strconv.FormatFloat(nd.Value/100, 'g', -1, 64))
	}
	return nd
}
