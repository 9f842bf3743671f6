package scenario_test

import (
	"os"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/scenario"
)

// A file's currency reads in any case, stored upper case, as -set
// currency=eur and the page's field read it: `currency: usd` was refused
// ("must be a three-letter ISO 4217 code") while -set currency=usd was
// taken. A code that is none is still refused, in either form.
func TestCurrencyAnyCase(t *testing.T) {
	good, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, written, want string
	}{
		{"lower case", "usd", "USD"},
		{"mixed case", "Eur", "EUR"},
		{"spaces around", `" jpy "`, "JPY"},
		{"upper case as before", "GBP", "GBP"},
		{"no code in lower case", "yen", ""},
		{"no code in upper case", "ABC", ""},
	} {
		yaml := strings.Replace(string(good), "currency: JPY", "currency: "+c.written, 1)
		json := `{"version": 1, "currency": "` + strings.Trim(c.written, `"`) + `", "goal": {"node": "revenue", "value": 1000, "period": "year"}, "solve": "deals",
			"nodes": [{"id": "revenue", "unit": "currency", "product": ["unit_price", "deals"]},
			{"id": "unit_price", "unit": "currency", "value": 10}, {"id": "deals", "unit": "count", "value": 5, "activity": true}]}`
		for form, parse := range map[string]func() (*scenario.Scenario, error){
			"yaml": func() (*scenario.Scenario, error) { return scenario.Parse([]byte(yaml), "t") },
			"json": func() (*scenario.Scenario, error) { return scenario.ParseJSON([]byte(json), "t") },
		} {
			t.Run(c.name+" "+form, func(t *testing.T) {
				s, err := parse()
				if c.want == "" {
					if err == nil || !strings.Contains(err.Error(), "currency: must be a three-letter ISO 4217 code") {
						t.Errorf("currency %s: %v, want it refused", c.written, err)
					}
					return
				}
				if err != nil {
					t.Fatalf("currency %s: %v", c.written, err)
				}
				if s.Currency != c.want {
					t.Errorf("currency %s read %q, want %q", c.written, s.Currency, c.want)
				}
			})
		}
	}
}
