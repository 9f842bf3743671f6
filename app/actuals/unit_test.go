package actuals_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// TestHeaderUnit: a unit in an amount's header scales its values (受注金額
// （千円） with 9,000 is ¥9,000,000: it read as ¥9,000); a currency or a
// tax word alone does not; a money column whose brackets hold no unit is
// left out with a BadUnit problem naming the column, not read at a guessed
// scale; a count's brackets stay its name unless they are a multiplier.
func TestHeaderUnit(t *testing.T) {
	// A tree whose amount's label holds brackets of its own.
	lineA := []actuals.Node{{ID: "revenue_a", Ja: "売上（A）", En: "Revenue (A)", Money: true}}
	for _, c := range []struct {
		name, header, cell string
		node               string  // "" when the column is left out
		want               float64 // the value read
		unit               string  // Mapping.Unit
		bad                string  // a BadUnit problem's Text
	}{
		{"thousands of yen", "受注金額（千円）", "9,000", "revenue", 9e6, "千円", ""},
		{"ten thousands of yen", "売上（万円）", "900", "revenue", 9e6, "万円", ""},
		{"millions of yen", "売上高（百万円）", "9", "revenue", 9e6, "百万円", ""},
		{"hundred millions of yen", "売上（億円）", "1.5", "revenue", 1.5e8, "億円", ""},
		{"half-width brackets", "受注金額(千円)", "9,000", "revenue", 9e6, "千円", ""},
		{"square brackets", "売上[千円]", "9", "revenue", 9000, "千円", ""},
		{"lenticular brackets", "売上【百万円】", "2", "revenue", 2e6, "百万円", ""},
		{"a unit's label", "売上（単位：千円）", "9", "revenue", 9000, "単位：千円", ""},
		{"with tax", "受注金額（千円・税込）", "9", "revenue", 9000, "千円・税込", ""},
		{"K", "Amount (K)", "9", "revenue", 9000, "K", ""},
		{"$K", "Amount ($K)", "9", "revenue", 9000, "$K", ""},
		{"thousand JPY", "Revenue (thousand JPY)", "9", "revenue", 9000, "thousand JPY", ""},
		{"in thousands", "Revenue (in thousands)", "9", "revenue", 9000, "in thousands", ""},
		{"'000", "Amount ('000 JPY)", "9", "revenue", 9000, "'000 JPY", ""},
		{"M", "Revenue (M)", "1.2", "revenue", 1.2e6, "M", ""},
		{"millions", "Revenue (JPY millions)", "3", "revenue", 3e6, "JPY millions", ""},
		{"$K outside brackets", "Amount $K", "9", "revenue", 9000, "$K", ""},
		{"千円 after a space", "売上金額 千円", "9", "revenue", 9000, "千円", ""},
		{"千円 run on", "売上千円", "9", "revenue", 9000, "千円", ""},
		{"in thousands of yen, unbracketed", "Revenue in thousands of yen", "9", "revenue", 9000, "in thousands of yen", ""},
		{"yen alone", "売上（円）", "9,000", "revenue", 9000, "円", ""},
		{"JPY alone", "Revenue (JPY)", "9,000", "revenue", 9000, "JPY", ""},
		{"Salesforce's converted amount", "Amount (converted)", "9,000", "revenue", 9000, "converted", ""},
		{"a price in thousands", "平均単価（千円）", "1,000", "unit_price", 1e6, "千円", ""},
		{"a count in thousands", "架電数（千件）", "10.5", "calls", 10500, "千件", ""},
		{"a count's name in brackets", "受注件数（新規）", "9", "deals", 9, "", ""},
		{"a rate's percent", "受注率（%）", "25", "close_rate", 0.25, "", ""},
		{"no unit", "受注金額", "9,000", "revenue", 9000, "", ""},
		{"a word that is no unit", "受注金額（新規）", "9,000", "", 0, "", "新規"},
		{"a percent on money", "Revenue (%)", "9", "", 0, "", "%"},
		{"two multipliers", "受注金額（千円）（K）", "9", "", 0, "", "K"},
		{"an unknown currency multiplier", "Amount (kEUR x)", "9", "", 0, "", "kEUR x"},
		{"the node's own brackets, then a unit", "売上（A）（千円）", "9", "revenue_a", 9000, "千円", ""},
		{"the node's own brackets alone", "Revenue (A)", "9", "revenue_a", 9, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			nodes := outbound
			if strings.HasPrefix(c.node, "revenue_a") {
				nodes = lineA
			}
			res := actuals.ParseBytes([]byte(fmt.Sprintf("月,%s\n2026年4月,%q\n", c.header, c.cell)), nodes)
			var got []actuals.Problem
			for _, p := range res.Problems {
				if p.Code != actuals.UnknownColumn && p.Code != actuals.NoNodes {
					got = append(got, p)
				}
			}
			if c.bad != "" {
				want := actuals.Problem{Row: 1, Column: 2, Header: c.header, Text: c.bad, Code: actuals.BadUnit, InHeader: true}
				if len(res.Entries) != 0 || len(got) != 1 || got[0] != want {
					t.Fatalf("entries %+v, problems %+v; want the column left out with %+v", res.Entries, res.Problems, want)
				}
				if msg := got[0].Error(); !strings.Contains(msg, c.header) || !strings.Contains(msg, fmt.Sprintf("%q", c.bad)) || !strings.Contains(msg, "千円") {
					t.Errorf("message %q names neither the column, the unit nor the rule", msg)
				}
				return
			}
			if len(got) != 0 || len(res.Entries) != 1 || len(res.Columns) != 1 {
				t.Fatalf("entries %+v, columns %+v, problems %+v", res.Entries, res.Columns, res.Problems)
			}
			e, m := res.Entries[0], res.Columns[0]
			if e.Node != c.node || math.Abs(e.Value-c.want) > 1e-9*c.want || m.Unit != c.unit {
				t.Errorf("read %s = %v (unit %q, ×%v), want %s = %v (unit %q)", e.Node, e.Value, m.Unit, m.Scale, c.node, c.want, m.Unit)
			}
			if scaled := res.Scaled(); (len(scaled) == 1) != (m.Scale != 1) {
				t.Errorf("Scaled() %+v for a column ×%v", scaled, m.Scale)
			}
		})
	}
}

// TestMetricUnit: a long form's metric may carry the unit (受注金額（千円）
// in the 指標 column); its values scale, and Scaled names it once.
func TestMetricUnit(t *testing.T) {
	res := actuals.ParseBytes([]byte("月,指標,値\n2026-04,受注金額（千円）,\"9,000\"\n2026-05,受注金額（千円）,100\n2026-05,架電数,7\n2026-06,受注金額（新規）,1\n"), outbound)
	if len(res.Entries) != 3 || res.Entries[0].Value != 9e6 || res.Entries[1].Value != 1e5 || res.Entries[2].Value != 7 {
		t.Errorf("entries %+v", res.Entries)
	}
	if s := res.Scaled(); len(s) != 1 || s[0].Header != "受注金額（千円）" || s[0].Scale != 1000 || s[0].Column != 2 {
		t.Errorf("scaled %+v", s)
	}
	if len(res.Problems) != 1 || res.Problems[0].Code != actuals.BadUnit || res.Problems[0].Row != 5 || res.Problems[0].Text != "新規" {
		t.Errorf("problems %+v", res.Problems)
	}
}

// FuzzHeaderUnit: whatever an amount's header holds in brackets, its
// column is read at a scale of 1 or a power of ten up to 10⁹ (the value
// read is the cell times Mapping.Scale, finite), or left out with one
// BadUnit problem naming the column. A long form's value header holding
// the same brackets scales its amount alike, or leaves it out with one
// BadValueUnit problem; its count is read as written either way.
func FuzzHeaderUnit(f *testing.F) {
	for _, u := range []string{"千円", "万円", "百万円", "億円", "K", "$K", "thousand JPY", "in thousands", "M", "新規", "千円）（K", "单位", "'000", "", "（", "%"} {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, u string) {
		if strings.ContainsAny(u, "\"\r\n,") {
			return // the CSV's own syntax
		}
		header := "受注金額（" + u + "）"
		res := actuals.ParseBytes([]byte("月,"+header+"\n2026-04,9000\n"), outbound)
		for _, p := range res.Problems {
			if p.Code == actuals.BadUnit && (len(res.Entries) != 0 || p.Column != 2 || p.Header != header) {
				t.Fatalf("problem %+v beside entries %+v", p, res.Entries)
			}
		}
		for _, m := range res.Columns {
			if !slices.Contains([]float64{1, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}, m.Scale) {
				t.Fatalf("header %q: scale %v", header, m.Scale)
			}
			for _, e := range res.Entries {
				if e.Node == m.Node && (e.Value != 9000*m.Scale || math.IsInf(e.Value, 0)) {
					t.Fatalf("header %q: %v read, ×%v", header, e.Value, m.Scale)
				}
			}
		}
		long := actuals.ParseBytes([]byte("月,指標,値（"+u+"）\n2026-04,受注金額,9000\n2026-04,架電数,100\n"), outbound)
		if long.Value.Column == 0 && len(long.Entries) == 0 {
			return // brackets that end the header's name early (値（)00）): no value column, and nothing read
		}
		want := []actuals.Entry{{Period: actuals.Period{Year: 2026, Month: 4}, Node: "calls", Value: 100, Row: 3, Rows: 1}}
		if v := long.Value; v.Scale != 0 {
			want = slices.Insert(want, 0, actuals.Entry{Period: want[0].Period, Node: "revenue", Value: 9000 * v.Scale, Row: 2, Rows: 1})
		}
		if !slices.Equal(long.Entries, want) || (long.Value.Scale == 0) != (len(long.Problems) == 1 && long.Problems[0].Code == actuals.BadValueUnit) ||
			len(res.Columns) == 1 && long.Value.Scale != res.Columns[0].Scale {
			t.Fatalf("value header %q: entries %+v, problems %+v, ×%v; the wide form's column %+v", u, long.Entries, long.Problems, long.Value.Scale, res.Columns)
		}
	})
}

// TestCellUnitUnderHeaderUnit: a cell that writes its own unit under an
// amount's header with one (9万 under 受注金額（千円）) is the amount it
// says, ¥90,000; it had been scaled again (¥90,000,000, and 1.2億 read
// 1,200億). The column is named once in AsWritten with its first such
// cell, and its plain cells still take the header's unit.
func TestCellUnitUnderHeaderUnit(t *testing.T) {
	for _, c := range []struct {
		name, header, cell string
		want               float64
		written            bool // named in AsWritten
	}{
		{"万 under 千円", "受注金額（千円）", "9万", 9e4, true},
		{"億 under 千円", "受注金額（千円）", "1.2億", 1.2e8, true},
		{"k under 千円", "受注金額（千円）", "9k", 9e3, true},
		{"M under K", "Revenue (K)", "1.5M", 1.5e6, true},
		{"千 and 円 under 万円", "売上（万円）", "12,000千円", 1.2e7, true},
		{"a plain figure under 千円", "受注金額（千円）", "9,000", 9e6, false},
		{"a currency sign alone under 千円", "受注金額（千円）", "¥9,000", 9e6, false},
		{"万 under no unit", "受注金額", "9万", 9e4, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(fmt.Sprintf("月,%s\n2026年4月,%q\n2026年5月,100\n", c.header, c.cell)), outbound)
			if len(res.Problems) != 0 || len(res.Entries) != 2 {
				t.Fatalf("entries %+v, problems %+v", res.Entries, res.Problems)
			}
			if got := res.Entries[0].Value; math.Abs(got-c.want) > 1e-9*c.want {
				t.Errorf("%s read %v, want %v", c.cell, got, c.want)
			}
			if plain := res.Entries[1].Value; plain != 100*res.Columns[0].Scale {
				t.Errorf("the plain cell 100 read %v, want it at the header's scale ×%v", plain, res.Columns[0].Scale)
			}
			want := []actuals.Written(nil)
			if c.written {
				want = []actuals.Written{{Header: c.header, Cell: c.cell}}
			}
			if !slices.Equal(res.AsWritten, want) {
				t.Errorf("AsWritten %+v, want %+v", res.AsWritten, want)
			}
		})
	}
}
