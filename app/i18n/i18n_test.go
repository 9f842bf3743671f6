package i18n

import (
	"math"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/kpi"
)

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    float64
		d    int
		want string
	}{
		{"zero", 0, 0, "0"},
		{"small", 999, 0, "999"},
		{"thousand", 1000, 0, "1,000"},
		{"million", 1234567, 0, "1,234,567"},
		{"decimals kept", 1234567.5, 1, "1,234,567.5"},
		{"trailing zero dropped", 41.70, 2, "41.7"},
		{"rounded", 41.666666, 1, "41.7"},
		{"negative", -4000000, 0, "-4,000,000"},
		{"negative zero", -0.01, 0, "0"},
		{"past a float's digits", 2.4e21, 0, "2,400,000,000,000,000,000,000"}, // not …999,901,696
		{"past a float's digits, less a goal", 2.4e21 - 1e8, 0, "2,399,999,999,999,900,000,000"},
		{"the largest goal", 1e15, 0, "1,000,000,000,000,000"},
		// With decimals asked for, a value past 1e15 keeps its zeros: a
		// rate's limit of 1e15 read "1%" (1e17 with its zeros trimmed).
		{"past a float's digits, with decimals", 1e17, 2, "100,000,000,000,000,000"},
		{"no float noise past 1e15", 1e17 / 3, 0, "33,333,333,333,333,300"},
		{"no float noise, larger", 1e18 / 6, 1, "166,666,666,666,667,000"},
		{"NaN", math.NaN(), 0, "—"},
		{"Inf", math.Inf(1), 0, "—"},
	} {
		if got := Number(tc.v, tc.d); got != tc.want {
			t.Errorf("%s: Number(%v, %d) = %q, want %q", tc.name, tc.v, tc.d, got, tc.want)
		}
	}
}

// Digits writes every digit, grouped, and reads back as the same value.
func TestDigits(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    float64
		want string
	}{
		{"money", 2_500_000, "2,500,000"},
		{"a fraction", 0.125, "0.125"},
		{"grouped with decimals", 1234567.25, "1,234,567.25"},
		{"small", 7, "7"},
		{"negative zero", math.Copysign(0, -1), "0"},
		{"negative", -1500, "-1,500"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Digits(tc.v); got != tc.want {
				t.Errorf("Digits(%v) = %q, want %q", tc.v, got, tc.want)
			}
		})
	}
}

func TestMan(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{100_000_000, "1億"},
		{96_000_000, "9,600万"},
		{8_333_333.33, "833.3万"},
		{1_000_000, "100万"},
		{25_000_000, "2,500万"},
		{41_666.67, "41,667"}, // below 10万: the number itself
		{416_666.67, "41.67万"},
		{1234, "1,234"},
		{41.7, "41.7"},
		{1.2e12, "1.2兆"},
		{-4_000_000, "-400万"},
		{99_999_999, "1億"},
		{150_000_000, "1億5,000万"}, // 億 and a whole number of 万
		{1_234_500_000, "12億3,450万"},
		{100_800_000, "1億80万"},
		{199_999_999, "2億"},
		{-115_200_000, "-1億1,520万"},
	} {
		if got := Man(tc.v); got != tc.want {
			t.Errorf("Man(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestMoney(t *testing.T) {
	for _, tc := range []struct {
		l        Lang
		v        float64
		cur      string
		want     string
		wantFull string
	}{
		{Ja, 96_000_000, "JPY", "9,600万円", "96,000,000円"},
		{En, 96_000_000, "JPY", "¥96,000,000", "¥96,000,000"},
		{En, -4_000_000, "JPY", "-¥4,000,000", "-¥4,000,000"},
		{En, 100_000, "USD", "$100,000", "$100,000"},
		{Ja, 100_000, "USD", "$100,000", "$100,000"},
		{En, 12.5, "USD", "$12.5", "$12.5"},
		{En, 1000, "GBP", "£1,000", "£1,000"},
		{En, 1000, "KRW", "1,000 KRW", "1,000 KRW"},
		// Yen are whole in both languages: a gap of 0.4 yen read 0.4円 and ¥0.
		{Ja, 0.4, "JPY", "0円", "0円"},
		{En, 0.4, "JPY", "¥0", "¥0"},
		{Ja, 7500.5, "JPY", "7,501円", "7,501円"},
	} {
		if got := tc.l.Money(tc.v, tc.cur); got != tc.want {
			t.Errorf("%s Money(%v %s) = %q, want %q", tc.l, tc.v, tc.cur, got, tc.want)
		}
		if got := tc.l.MoneyFull(tc.v, tc.cur); got != tc.wantFull {
			t.Errorf("%s MoneyFull(%v %s) = %q, want %q", tc.l, tc.v, tc.cur, got, tc.wantFull)
		}
	}
}

// A signed figure that reads zero has no sign: a gap of 0.4 yen is ¥0,
// not +¥0.
func TestSignedZero(t *testing.T) {
	n := &kpi.Node{ID: "revenue", Unit: kpi.Currency}
	for _, l := range []Lang{Ja, En} {
		f := Format{Lang: l, Currency: "JPY"}
		if got := f.Signed(n, 0.4, kpi.Year); strings.HasPrefix(got, "+") {
			t.Errorf("%s: %q", l, got)
		}
		if got := f.Signed(n, 1, kpi.Year); !strings.HasPrefix(got, "+") {
			t.Errorf("%s: %q", l, got)
		}
	}
}

func TestMoneyShort(t *testing.T) {
	for _, tc := range []struct {
		l    Lang
		v    float64
		cur  string
		want string
	}{
		{En, 1_344_000_000, "JPY", "¥1.34B"},
		{En, -91_200_000, "JPY", "-¥91.2M"},
		{En, 384_000_000, "JPY", "¥384M"},
		{En, 9_600_000, "JPY", "¥9.6M"},
		{En, 999_950, "JPY", "¥1M"},
		{En, 999_400, "JPY", "¥999K"},
		{En, 1_500, "USD", "$1.5K"},
		{En, 950, "USD", "$950"},
		{En, 12.5, "USD", "$12.5"},
		{En, 0, "JPY", "¥0"},
		{En, 2.5e15, "EUR", "€2,500T"},
		{En, 91_200_000, "GBP", "£91.2M"},
		{En, 91_200_000, "KRW", "91.2M KRW"},
		{Ja, -91_200_000, "JPY", "-9,120万円"},
		// Short in Japanese too: 「+17億4,960万円」 overprinted the lever
		// names on a phone.
		{Ja, 1_749_600_000, "JPY", "17.5億円"},
		{Ja, -187_920_000, "JPY", "-1.88億円"},
		{Ja, 42_240_000, "JPY", "4,224万円"},
		{Ja, 8_333_333, "JPY", "833万円"},
		{Ja, 96_000, "JPY", "9.6万円"},
		{Ja, 9_990, "JPY", "9,990円"},
		{Ja, 9_999, "JPY", "1万円"}, // three digits, as 999,950 is ¥1M
		{Ja, 99_996_000, "JPY", "1億円"},
		{Ja, 2.5e15, "JPY", "2,500兆円"},
		{Ja, 0, "JPY", "0円"},
		{Ja, 1_344_000_000, "USD", "$1.34B"},
	} {
		if got := tc.l.MoneyShort(tc.v, tc.cur); got != tc.want {
			t.Errorf("%s MoneyShort(%v %s) = %q, want %q", tc.l, tc.v, tc.cur, got, tc.want)
		}
	}
}

func TestPercentAndCount(t *testing.T) {
	for v, want := range map[float64]string{0.25: "25%", 0.025: "2.5%", 0.02: "2%", 1: "100%", 0.001: "0.1%", 0.20833333: "20.83%"} {
		if got := Percent(v); got != want {
			t.Errorf("Percent(%v) = %q, want %q", v, got, want)
		}
	}
	for v, want := range map[float64]string{41.666: "41.7", 416.666: "417", 100000: "100,000", 0.4167: "0.4167", 0.4: "0.4", 1.0 / 6: "0.1667", 1.0 / 3: "0.3333", 0.25: "0.25", 0.0012345: "0.001235", 34: "34"} {
		if got := Count(v); got != want {
			t.Errorf("Count(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestChance(t *testing.T) {
	for _, c := range []struct {
		name    string
		v       float64
		certain bool
		want    string
	}{
		{"one decimal, not two", 0.4474, false, "44.7%"},
		{"half up", 0.4475, false, "44.8%"},
		{"a whole percent keeps its decimal, as its column reads", 0.45, false, "45.0%"},
		{"a sample of 5", 0.6, false, "60.0%"},
		{"no trial of those that vary reaches the goal: not none", 0, false, "<0.1%"},
		{"every trial of those that vary reaches it: not all", 1, false, ">99.9%"},
		{"no trial reaches the goal, nothing drawn: none", 0, true, "0%"},
		{"every trial reaches it, nothing drawn: all", 1, true, "100%"},
		{"one in 10,000 is not none", 0.0001, false, "<0.1%"},
		{"five in 10,000", 0.0005, false, "0.1%"},
		{"all but one in 10,000 is not all", 0.9999, false, ">99.9%"},
		{"just under the rounding to 100", 0.9994, false, "99.9%"},
		{"no -0", -1e-12, true, "0%"},
		{"no NaN", math.NaN(), false, "—"},
		{"no Inf", math.Inf(1), false, "—"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Chance(c.v, c.certain); got != c.want {
				t.Errorf("Chance(%v, %v) = %q, want %q", c.v, c.certain, got, c.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]Lang{"ja-JP": Ja, "ja": Ja, "en-US": En, "fr-FR,ja;q=0.8": Ja, "de": En, "": En, "JA-jp": Ja,
		"ja_JP.UTF-8": Ja, "ja_JP.eucJP": Ja, "ja_JP@cjknarrow": Ja, "en_GB.UTF-8": En, "C.UTF-8": En, "jav": En} {
		if got := Parse(in); got != want {
			t.Errorf("Parse(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestFromEnv: a command speaks its locale's language, as POSIX programs
// choose it, and a Japanese machine's locale is ja_JP.UTF-8.
func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		name string
		env  map[string]string
		want Lang
	}{
		{"a Japanese machine", map[string]string{"LANG": "ja_JP.UTF-8"}, Ja},
		{"messages in Japanese", map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, Ja},
		{"LC_ALL first", map[string]string{"LANG": "ja_JP.UTF-8", "LC_ALL": "en_US.UTF-8"}, En},
		{"C is English", map[string]string{"LANG": "ja_JP.UTF-8", "LC_ALL": "C"}, En},
		{"nothing set", nil, En},
	} {
		if got := FromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%s: FromEnv = %s, want %s", c.name, got, c.want)
		}
	}
}

func TestCatalogComplete(t *testing.T) {
	for k, m := range messages {
		if m.ja == "" && k != "unit.count" {
			t.Errorf("%s has no Japanese", k)
		}
		if m.en == "" && k != "unit.count" {
			t.Errorf("%s has no English", k)
		}
	}
	if Ja.T("no.such.key") != "no.such.key" {
		t.Error("a missing key should show itself")
	}
}

// A rule that names units names them in Japanese, with the file's word
// beside it: 件数（count）, not count alone in a Japanese sentence.
func TestRuleUnitsInJapanese(t *testing.T) {
	const format = "%q is in %s but %s is in %s; the terms of a sum or difference must be in its unit (money only with money, a count not with a rate)"
	got, ok := Ja.Rule(format, []any{"b", kpi.Count, "revenue", kpi.Currency})
	if want := `「b」の単位は件数（count）、「revenue」の単位は金額（currency）です。`; !ok || !strings.HasPrefix(got, want) {
		t.Errorf("Rule = %q, %v; want it to start %q", got, ok, want)
	}
}

func TestCountWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		l    Lang
		key  string
		n    int
		want string
	}{
		{"en one", En, "import.rows", 1, "1 row"},
		{"en none", En, "import.rows", 0, "0 rows"},
		{"en many", En, "import.problems", 3, "3 problems"},
		{"ja one", Ja, "import.rows", 1, "1行"},
		{"ja many", Ja, "import.problems", 3, "問題が3件あります。"},
		{"en thousands", En, "import.rows", 20899, "20,899 rows"},
		{"ja thousands", Ja, "import.rows", 20899, "20,899行"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.l.N(tc.key, tc.n); got != tc.want {
				t.Errorf("N(%q, %d) = %q, want %q", tc.key, tc.n, got, tc.want)
			}
		})
	}
}

// A gap's share reads in the brackets of the language, in the page as in
// the CLI's sentences: the Japanese page wrote "-400万円 (-4%)".
func TestAside(t *testing.T) {
	for l, want := range map[Lang]string{Ja: "-400万円（-4%）", En: "-¥4,000,000 (-4%)"} {
		fig := map[Lang]string{Ja: "-400万円", En: "-¥4,000,000"}[l]
		if got := fig + l.Aside("-4%"); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}

// A number of months reads as a sentence counts them, in both languages.
func TestMonths(t *testing.T) {
	for _, c := range []struct {
		name string
		l    Lang
		n    int
		want string
	}{
		{"none, English", En, 0, "0 months"},
		{"one, English", En, 1, "1 month"},
		{"several, English", En, 5, "5 months"},
		{"one, Japanese", Ja, 1, "1か月"},
		{"several, Japanese", Ja, 12, "12か月"},
	} {
		if got := c.l.Months(c.n); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// A count reads in its number: singular only where the page writes "1".
func TestCounted(t *testing.T) {
	for _, c := range []struct {
		name, key, text string
		l               Lang
		want            string
	}{
		{"one rep, English", "unit.reps", "1", En, "1 rep"},
		{"ten reps, English", "unit.reps", "10", En, "10 reps"},
		{"a rep and a half, English", "unit.reps", "1.5", En, "1.5 reps"},
		{"no reps, English", "unit.reps", "0", En, "0 reps"},
		{"one rep, Japanese", "unit.reps", "1", Ja, "1人"},
		{"one day, English", "unit.days", "1", En, "1 day"},
		{"twenty days, Japanese", "unit.days", "20", Ja, "20営業日"},
		{"one week, English", "unit.weeks", "1", En, "1 week"},
		{"4.3 weeks, English", "unit.weeks", "4.3", En, "4.3 weeks"},
	} {
		if got := c.l.Counted(c.key, c.text); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// A chance at the bounds a sample never passes reads 「0.1%未満」 and
// 「99.9%超」 in Japanese ("<0.1%" is a programmer's sign there), and as
// before in English; any other chance alike in both.
func TestLangChance(t *testing.T) {
	for _, tc := range []struct {
		name string
		l    Lang
		v    float64
		want string
	}{
		{"none in ja", Ja, 0, "0.1%未満"},
		{"all in ja", Ja, 1, "99.9%超"},
		{"none in en", En, 0, "<0.1%"},
		{"all in en", En, 1, ">99.9%"},
		{"a toss in ja", Ja, 0.4474, "44.7%"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.l.Chance(tc.v, false); got != tc.want {
				t.Errorf("Chance(%v) = %q, want %q", tc.v, got, tc.want)
			}
		})
	}
}
