package scenario

import (
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/kpisim/kpisim/app/forecast"
)

// actualsNode writes the actuals: list, one flow mapping an entry, or nil
// when there are none.
func actualsNode(a forecast.Actuals) *yaml.Node {
	if len(a) == 0 {
		return nil
	}
	l := &yaml.Node{Kind: yaml.SequenceNode}
	for _, x := range a {
		m := flow(yaml.MappingNode, str("month"), str(formatMonth(x.Year, x.Month)))
		if x.Week != 0 {
			m.Content = append(m.Content, str("week"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(x.Week)})
		}
		m.Content = append(m.Content, str("node"), str(x.Node), str("value"), num(x.Value))
		l.Content = append(l.Content, m)
	}
	return l
}
