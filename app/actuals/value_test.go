package actuals_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// TestValueUnit: a unit in a long form's value header (値（千円）, "Value
// (K)", "amount in thousands", 金額（百万円）) scales the amounts among its
// metrics and nothing else: 9,000 under 値（千円） read as ¥9,000, and
// under 金額（百万円） the calls counted as yen of revenue. A metric's own
// unit that multiplies alike is read once, otherwise the row is left out
// naming both; a value header whose brackets are no unit leaves the
// amounts out, said once, and reads the counts.
func TestValueUnit(t *testing.T) {
	for _, c := range []struct {
		name, csv string
		want      string   // the entries read, node=value
		scale     float64  // Result.Value.Scale
		amounts   []string // Result.Amounts
		counts    []string // Result.Counts
		problems  []string // as Problem.Error writes them
	}{
		{"thousands of yen", "月,指標,値（千円）\n2026-04,受注金額,\"9,000\"\n2026-04,架電数,100\n",
			"revenue=9e+06 calls=100", 1e3, []string{"受注金額"}, []string{"架電数"}, nil},
		{"K in English", "Month,Metric,Value (K)\n2026-04,Revenue,9\n2026-04,Calls,10\n2026-04,Deals won,3\n",
			"revenue=9000 calls=10 deals=3", 1e3, []string{"Revenue"}, []string{"Calls", "Deals won"}, nil},
		{"amount in thousands", "Month,Metric,amount in thousands\n2026-04,Revenue,9\n2026-04,Calls,10\n",
			"revenue=9000 calls=10", 1e3, []string{"Revenue"}, []string{"Calls"}, nil},
		{"value in thousands", "Month,KPI,Value in thousands\n2026-04,Revenue,9\n",
			"revenue=9000", 1e3, []string{"Revenue"}, nil, nil},
		{"金額 in millions is the value column", "月,指標,金額（百万円）\n2026-04,受注金額,9\n2026-04,架電数,100\n",
			"revenue=9e+06 calls=100", 1e6, []string{"受注金額"}, []string{"架電数"}, nil},
		{"a price and a rate", "月,指標,値（万円）\n2026-04,平均単価,150\n2026-04,受注率,25\n",
			"unit_price=1.5e+06 close_rate=0.25", 1e4, []string{"平均単価"}, []string{"受注率"}, nil},
		{"yen alone", "月,指標,値（円）\n2026-04,受注金額,9000\n", "revenue=9000", 1, []string{"受注金額"}, nil, nil},
		{"no unit", "月,指標,値\n2026-04,受注金額,9000\n", "revenue=9000", 1, []string{"受注金額"}, nil, nil},
		{"the metric's unit alone", "月,指標,値\n2026-04,受注金額（千円）,9\n", "revenue=9000", 1, nil, nil, nil},
		{"both units alike", "月,指標,値（千円）\n2026-04,受注金額（千円）,9\n", "revenue=9000", 1e3, nil, nil, nil},
		{"both units unlike", "月,指標,値（千円）\n2026-04,受注金額（百万円）,9\n2026-04,架電数,5\n", "calls=5", 1e3, nil, []string{"架電数"},
			[]string{`row 2, column 2 (受注金額（百万円）): the unit in the metric's name disagrees with the value column's header "値（千円）", so the row is left out: write the unit in one of them only`}},
		{"a count's own unit", "月,指標,値（千円）\n2026-04,架電数（千件）,1.5\n", "calls=1500", 1e3, nil, nil, nil},
		{"brackets that are no unit", "月,指標,値（新規）\n2026-04,架電数,5\n2026-04,受注金額,9000\n2026-05,受注金額,9000\n2026-05,受注金額（千円）,1\n",
			"calls=5 revenue=1000", 0, nil, []string{"架電数"},
			[]string{`row 3, column 3 (値（新規）): the value column's unit "新規" is not one this reads, so its amounts are left out (counts and rates are read): write an amount's unit as 円, 千円, 万円, 百万円, 億円, JPY, K (thousands) or M (millions)`}},
		{"brackets that are no unit, counts alone", "Month,Metric,Value (%)\n2026-04,Close rate,25\n", "close_rate=0.25", 0, nil, []string{"Close rate"}, nil},
		{"two multipliers", "月,指標,値（千円）（K）\n2026-04,受注金額,9\n", "", 0, nil, nil,
			[]string{`row 2, column 3 (値（千円）（K）): the value column's unit "K" is not one this reads, so its amounts are left out (counts and rates are read): write an amount's unit as 円, 千円, 万円, 百万円, 億円, JPY, K (thousands) or M (millions)`}},
		{"金額 beside a line item stays the amount", "受注日,項目,金額（千円）\n2026-04-01,製品A,9\n", "revenue=9000", 0, nil, nil,
			[]string{`column 2 (項目): "項目" names no KPI of this tree; the column is left out`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(c.csv), outbound)
			var got, problems []string
			for _, e := range res.Entries {
				got = append(got, fmt.Sprintf("%s=%v", e.Node, e.Value))
			}
			for _, p := range res.Problems {
				problems = append(problems, p.Error())
			}
			if strings.Join(got, " ") != c.want || res.Value.Scale != c.scale || !slices.Equal(res.Amounts, c.amounts) || !slices.Equal(res.Counts, c.counts) {
				t.Errorf("read %v at ×%v, amounts %q, counts %q; want %s at ×%v, %q, %q", got, res.Value.Scale, res.Amounts, res.Counts, c.want, c.scale, c.amounts, c.counts)
			}
			if !slices.Equal(problems, c.problems) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(problems, "\n"), strings.Join(c.problems, "\n"))
			}
		})
	}
}
