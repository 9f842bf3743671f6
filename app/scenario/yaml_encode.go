//go:build !wasm

package scenario

import (
	"bytes"
	"strconv"

	"go.yaml.in/yaml/v3"

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
	add("calendar", flow(yaml.MappingNode, str("months"), num(float64(c.Months)), str("working_days"), num(c.WorkingDays), str("headcount"), num(c.Headcount)))
	if s.Solve != "" {
		add("solve", str(s.Solve))
	}
	add("rounding", str(s.Rounding.String()))
	nodes := &yaml.Node{Kind: yaml.SequenceNode}
	for i := range s.Nodes {
		nodes.Content = append(nodes.Content, node(&s.Nodes[i]))
	}
	add("nodes", nodes)
	if f := forecastNode(&s.Forecast); f != nil {
		add("forecast", f)
	}

	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
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

func num(v float64) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(v, 'g', -1, 64)}
}
