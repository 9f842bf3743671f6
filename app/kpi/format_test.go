package kpi

import (
	"math"
	"testing"
)

// Messages write limits and values with their digits grouped, a rate as a
// percentage; a fraction keeps its decimals ungrouped.
func TestAmountText(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Amount
		want string
	}{
		{"small", Amount{V: 250}, "250"},
		{"thousands", Amount{V: 22500}, "22,500"},
		{"four digits", Amount{V: 1000}, "1,000"},
		{"millions with decimals", Amount{V: 1234567.5}, "1,234,567.5"},
		{"negative", Amount{V: -1234567}, "-1,234,567"},
		{"a fraction", Amount{V: 0.3}, "0.3"},
		{"a rate", Amount{V: 0.3, Unit: Rate}, "30%"},
		{"money", Amount{V: 5e6, Unit: Currency}, "5,000,000"},
		{"the largest", Amount{V: MaxValue}, "1,000,000,000,000,000"},
		{"beyond the largest", Amount{V: 1e21}, "1,000,000,000,000,000,000,000"},
		{"not a number", Amount{V: math.NaN()}, "NaN"},
		{"infinite", Amount{V: math.Inf(1)}, "+Inf"},
		{"infinite below", Amount{V: math.Inf(-1)}, "-Inf"},
		{"a fraction of a thousand", Amount{V: 1234.5678}, "1,234.5678"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.String(); got != tc.want {
				t.Errorf("%v reads %q, want %q", tc.a.V, got, tc.want)
			}
		})
	}
}
