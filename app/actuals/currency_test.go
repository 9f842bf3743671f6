package actuals_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// An amount in another currency than the plan's is left out, named by row
// and column, not read as the plan's: a Salesforce org selling in dollars
// exported "USD 10,000", which a plan in yen read as ¥10,000.
func TestOtherCurrency(t *testing.T) {
	for _, tc := range []struct {
		name, plan, cell string
		read             bool
	}{
		{"USD in a plan in JPY", "JPY", "USD 10,000", false},
		{"a dollar sign in a plan in JPY", "JPY", "$12,000", false},
		{"a euro sign in a plan in JPY", "JPY", "€5,000", false},
		{"yen", "JPY", "¥10,000", true},
		{"円", "JPY", "10,000円", true},
		{"JPY", "JPY", "JPY 10,000", true},
		{"a plain number", "JPY", "10,000", true},
		{"dollars in a plan in USD", "USD", "$12,000", true},
		{"yen in a plan in USD", "USD", "¥10,000", false},
		{"unchecked", "", "USD 10,000", true},
		{"pounds in a plan in GBP", "GBP", "£8,000", true},
		{"full-width pounds in a plan in GBP", "GBP", "￡8,000", true},
		{"GBP in a plan in GBP", "GBP", "GBP 8,000", true},
		{"pounds in a plan in JPY", "JPY", "£8,000", false},
		{"euros in a plan in EUR", "EUR", "€5,000", true},
		{"USD in a plan in AUD", "AUD", "USD 10,000", false},
		{"a dollar sign in a plan in AUD", "AUD", "$12,000", true},
		{"a yen sign in a plan in CNY", "CNY", "¥10,000", true},
		{"円 in a plan in CNY", "CNY", "10,000円", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytesIn([]byte("Month,Amount,Calls\n2026-04,\""+tc.cell+"\",$5\n"), outbound, tc.plan)
			read := len(res.Entries) == 2 // the calls, a count, are read whatever sign they carry
			if read != tc.read {
				t.Fatalf("%q in a plan in %q: read %v (%+v, %v)", tc.cell, tc.plan, read, res.Entries, res.Problems)
			}
			if !tc.read {
				if len(res.Problems) != 1 || res.Problems[0].Code != actuals.OtherCurrency || res.Problems[0].Row != 2 || res.Problems[0].Column != 2 {
					t.Errorf("problems %v", res.Problems)
				}
			}
		})
	}
}

// A column whose header names another currency than the plan's is left
// out and named, where its plain numbers had read as the plan's: "Revenue
// (USD)" of 12,000 read ¥12,000 in a plan in yen.
func TestOtherCurrencyHeader(t *testing.T) {
	for _, tc := range []struct {
		name, plan, csv string
		read            bool // the amount is read
	}{
		{"USD in brackets, a plan in JPY", "JPY", "Month,Revenue (USD),Calls\n2026-04,12000,5\n", false},
		{"thousands of dollars, a plan in JPY", "JPY", "Month,Revenue ($K),Calls\n2026-04,12,5\n", false},
		{"ドル, a plan in JPY", "JPY", "月,売上（ドル）,架電数\n2026年4月,12000,5\n", false},
		{"a unit after the name, a plan in JPY", "JPY", "Month,Revenue $K,Calls\n2026-04,12,5\n", false},
		{"pounds, a plan in USD", "USD", "Month,Revenue (GBP),Calls\n2026-04,12000,5\n", false},
		{"USD in brackets, a plan in USD", "USD", "Month,Revenue (USD),Calls\n2026-04,12000,5\n", true},
		{"thousands of dollars, a plan in USD", "USD", "Month,Revenue ($K),Calls\n2026-04,12,5\n", true},
		{"千円, a plan in JPY", "JPY", "月,売上（千円）,架電数\n2026年4月,12,5\n", true},
		{"no currency, a plan in USD", "USD", "Month,Revenue (K),Calls\n2026-04,12,5\n", true},
		{"the long form's metric, a plan in JPY", "JPY", "Month,Metric,Value\n2026-04,Revenue (USD),12000\n2026-04,Calls,5\n", false},
		{"the long form's value column, a plan in JPY", "JPY", "Month,Metric,Value (USD)\n2026-04,Revenue,12000\n2026-04,Calls,5\n", false},
		{"the long form's value column, a plan in USD", "USD", "Month,Metric,Value (USD)\n2026-04,Revenue,12000\n2026-04,Calls,5\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytesIn([]byte(tc.csv), outbound, tc.plan)
			var revenue, calls bool
			for _, e := range res.Entries {
				revenue = revenue || e.Node == "revenue"
				calls = calls || e.Node == "calls" && e.Value == 5
			}
			if !calls {
				t.Fatalf("the calls were not read: %+v, %v", res.Entries, res.Problems)
			}
			if revenue != tc.read {
				t.Fatalf("revenue read %v, want %v: %+v, %v", revenue, tc.read, res.Entries, res.Problems)
			}
			if tc.read {
				if len(res.Problems) != 0 {
					t.Errorf("problems %v", res.Problems)
				}
				return
			}
			// A column's header is said of the column, left out whole (it
			// read "row 1, … so the row is left out"); a long form's metric
			// or value column, of each row.
			want, says := actuals.OtherCurrencyColumn, "column 2 ("
			if strings.Contains(tc.name, "long form") {
				want, says = actuals.OtherCurrency, "row 2, "
			}
			if len(res.Problems) != 1 || res.Problems[0].Code != want || !strings.HasPrefix(res.Problems[0].Error(), says) {
				t.Fatalf("problems %v, want one in another currency, %q", res.Problems, says)
			}
			if want == actuals.OtherCurrencyColumn && !strings.Contains(res.Problems[0].Error(), "so the column is left out") {
				t.Errorf("%q does not say the column is left out", res.Problems[0].Error())
			}
		})
	}
}

// A multi-currency CRM writes plain amounts beside a column of each row's
// currency (Salesforce's Amount Currency): a row in another currency than
// the plan's is left out and named with its code, where it read as the
// plan's, and the column is no "no KPI" problem.
func TestOtherCurrencyColumn(t *testing.T) {
	for _, tc := range []struct {
		name, plan, csv string
		revenue         float64 // read for April
		problems        []string
		deals           int // a deal export's won deals read
	}{
		{"a row in dollars, a plan in yen", "JPY", "Month,Amount,Amount Currency,Calls\n2026-04,12000,USD,5\n2026-04,900000,JPY,0\n",
			900_000, []string{`row 2, column 2 (Amount): "USD 12000" is in another currency`}, 0},
		{"every row in dollars, a plan in dollars", "USD", "Month,Amount,Amount Currency,Calls\n2026-04,12000,USD,5\n2026-04,9000,USD,0\n",
			21_000, nil, 0},
		{"a code the signs do not name", "AUD", "Month,Amount,Currency,Calls\n2026-04,12000,AUD,5\n2026-04,9000,NZD,0\n",
			12_000, []string{`row 3, column 2 (Amount): "NZD 9000" is in another currency`}, 0},
		{"an empty cell reads as the plan's", "JPY", "Month,Amount,通貨,Calls\n2026-04,12000,,5\n",
			12_000, nil, 0},
		{"the cell's own sign first", "USD", "Month,Amount,Currency,Calls\n2026-04,$12000,JPY,5\n",
			12_000, nil, 0},
		{"a deal export's currency column", "JPY",
			"Stage,Amount,Opportunity Currency,Close Date,Calls\nClosed Won,1200000,JPY,4/10/2026,5\nClosed Won,9000,EUR,4/12/2026,0\n",
			1_200_000, []string{`row 3, column 2 (Amount): "EUR 9000" is in another currency`}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytesIn([]byte(tc.csv), outbound, tc.plan)
			got := 0.0
			for _, e := range res.Entries {
				if e.Node == "revenue" {
					got += e.Value
				}
			}
			if got != tc.revenue {
				t.Errorf("revenue read %v, want %v (%v)", got, tc.revenue, res.Problems)
			}
			if len(res.Problems) != len(tc.problems) {
				t.Fatalf("problems %v, want %d", res.Problems, len(tc.problems))
			}
			for i, q := range res.Problems {
				if q.Code != actuals.OtherCurrency || !strings.HasPrefix(q.Error(), tc.problems[i]) {
					t.Errorf("problem %q, want %q…", q.Error(), tc.problems[i])
				}
			}
			if res.Stage != nil && len(res.Stage.Unread) != 0 {
				t.Errorf("the currency column is listed as unread: %v", res.Stage.Unread)
			}
			// A deal export reads a deal whole or not at all: counted
			// without its amount, the deal in euros made the average deal
			// size $8,000 of four deals where three gave $32,000.
			if res.Stage != nil {
				deals := 0.0
				for _, e := range res.Entries {
					if e.Node == "deals" {
						deals += e.Value
					}
				}
				if want := float64(tc.deals); deals != want || res.Stage.Won != tc.deals {
					t.Errorf("deals read %v, won %d; want %d", deals, res.Stage.Won, tc.deals)
				}
			}
		})
	}
}
