package actuals_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// dealExport is a Salesforce opportunity report of n deals over six
// months, a quarter of them won, as a year of a large team's deals is
// exported: a row a deal, its name and account unique, its owner one of 20.
func dealExport(n int) []byte {
	stages := []string{"Closed Won", "Closed Lost", "Prospecting", "Negotiation"}
	var b strings.Builder
	b.WriteString(`"Opportunity Name","Account Name","Stage","Amount","Close Date","Opportunity Owner"` + "\n")
	for i := range n {
		fmt.Fprintf(&b, "\"Deal %d\",\"Account %d\",\"%s\",\"JPY %d,%03d,000\",\"%d/%d/2026\",\"Rep %d\"\n",
			i, i%500, stages[i*7%4], 1+i%3, i*37%1000, 4+i%6, 1+i*11%28, i%20)
	}
	return []byte(b.String())
}

// BenchmarkParseDeals reads a deal export of 30,000 rows, the page's
// import of a large team's year: the page runs it in wasm, some ten
// times slower than natively (README, "The year as it happens").
func BenchmarkParseDeals(b *testing.B) {
	data := dealExport(30000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if res := actuals.ParseBytes(data, outbound); len(res.Problems) > 0 || len(res.Entries) == 0 {
			b.Fatalf("%d entries, problems %v", len(res.Entries), res.Problems)
		}
	}
}

// activityLog is a Salesforce tasks report of n activities over three
// months: most of them calls, some emails and meetings, a few tasks not
// started, as a team of ten logs a quarter.
func activityLog(n int) []byte {
	types := []string{"Call", "Call", "Call", "Call", "Call", "Call", "Call", "Call", "Email", "Meeting"}
	var b strings.Builder
	b.WriteString(`"Subject","Task Type","Date","Status","Assigned","Company / Account"` + "\n")
	for i := range n {
		status := "Completed"
		if i%31 == 0 {
			status = "Not Started"
		}
		fmt.Fprintf(&b, "\"%s %d\",\"%s\",\"%d/%d/2026\",\"%s\",\"Rep %d\",\"Account %d\"\n",
			types[i*7%10], i, types[i*7%10], 4+i*3/n, 1+i*11%28, status, i%10, i%700)
	}
	return []byte(b.String())
}

// BenchmarkParseActivities reads an activity log of 30,000 rows.
func BenchmarkParseActivities(b *testing.B) {
	data := activityLog(30000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if res := actuals.ParseBytes(data, outbound); len(res.Problems) > 0 || res.Activity == nil || res.Activity.Read() == 0 {
			b.Fatalf("%d entries, problems %v", len(res.Entries), res.Problems)
		}
	}
}
