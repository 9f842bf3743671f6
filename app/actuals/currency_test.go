package actuals_test

import (
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
