package scenario_test

import (
	"math"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

func TestValueSyntaxes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"25%", 0.25}, {"0.25", 0.25}, {"1/4", 0.25}, {"1 in 4", 0.25}, {"1:4", 0.25},
		{"２５％", 0.25}, {"１／４", 0.25}, {"０．２５", 0.25}, {"1 in 3", 1.0 / 3}, {"1/3", 1.0 / 3},
		{"3,000 / 4", 750}, {"１，０００，０００", 1e6}, {"１００万", 1e6}, {"−5", -5},
		// Japanese units as the page writes them and people say them.
		{"1兆", 1e12}, {"1.5兆", 1.5e12}, {"5千万", 5e7}, {"千万", 1e7}, {"1億2,000万", 1.2e8}, {"1億 2000万", 1.2e8},
		{"２億５千万", 2.5e8}, {"5千500万", 5.5e7}, {"3千", 3000}, {"千", 1000}, {"1千200", 1200}, {"3万5000", 35000},
		// 百万 as Japanese accounts count yen: 150百万円 is 150 million.
		{"150百万", 1.5e8}, {"1,500百万", 1.5e9}, {"百万", 1e6}, {"1千5百万", 1.5e7}, {"5百", 500}, {"3百20", 320}, {"2.5百万", 2.5e6},
		{"1兆2億3万4", 1e12 + 2e8 + 3e4 + 4}, {"-5万", -5e4}, {"1,000兆", 1e15}, {"-0万", 0}, {"-0", 0}, {"-0%", 0}, {"0/-5", 0},
		// Commas group thousands, with or without a fraction.
		{"1,234.5", 1234.5}, {"-1,000", -1000}, {"12,345,678", 12345678}, {"12.5%", 0.125},
		// English units as the charts write them ("$1.34B", "¥9.6M"), exact.
		{"500k", 5e5}, {"1.2M", 1_200_000}, {"1.34B", 1_340_000_000}, {"2.5bn", 2.5e9}, {"3mn", 3e6}, {"1T", 1e12},
		{"6MM", 6e6}, {"6.5mm", 6.5e6}, // a million as US finance writes it: refused as "not a number"
		{"1,200K", 1_200_000}, {"-91.2M", -91_200_000}, {"5 m", 5e6}, {"0.1k", 100}, {"-0k", 0},
		// ... and as people write them out.
		{"1.2 million", 1_200_000}, {"120 Million", 1.2e8}, {"2.5 billion", 2.5e9}, {"500 thousand", 5e5}, {"1trillion", 1e12},
	} {
		got, err := scenario.ParseValue(tc.in)
		if err != nil || math.Abs(got-tc.want) > 1e-15 || math.Signbit(got) != math.Signbit(tc.want) {
			t.Errorf("ParseValue(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"1/0", "1/", "/3", "1 in", "25%/2", "1:2:3", "a/b", "1/NaN", "1e400/1",
		"万", "億円", "1万2万", "1万2億", "2千千", "千千", "5百3千", "百百", "百万%", "1万5百千", "1億-2万", "5万%", "1/2万", "1e308兆", "NaN万", "--5万",
		// A decimal comma, as much of Europe writes one: refused, not read
		// as 125, 25 or 1,250 (a silently wrong number).
		"12,5", "0,25", "25,5%", "1,5万", "1,2345", "1,000,00", ",5", "5,", "1.5,000", "1/2,5", "1,00,000",
		// A unit alone, two units, an exponent with one, a unit before its number.
		"k", "M", "1kk", "1e3k", "1Mk", "k5", "1.2 M M", "1e308T", "NaNk", "1,5M", "million", "1 million k", "1 millions", "1.2 mil"} {
		if v, err := scenario.ParseValue(in); err == nil {
			t.Errorf("ParseValue(%q) = %v, want an error", in, v)
		}
	}
}

// What the charts write in English (i18n.Lang.MoneyShort: "¥1.34B") reads
// back as the amount shown, three significant digits.
func TestValueReadsWhatTheChartsWrite(t *testing.T) {
	for _, v := range []float64{1_500, 12_345, 8_333_333, 96_000_000, 1_344_000_000, 2.5e12, -4_000_000} {
		for _, cur := range []string{"JPY", "USD", "EUR", "GBP"} {
			shown := i18n.En.MoneyShort(v, cur)
			got, err := scenario.ParseTyped(shown)
			if err != nil {
				t.Errorf("%v shows as %q, which does not read back: %v", v, shown, err)
				continue
			}
			if want := math.Abs(v) * 5e-3; math.Abs(got-v) > want {
				t.Errorf("%v shows as %q, which reads back as %v", v, shown, got)
			}
		}
	}
}

// What the page writes in 万/億/兆 (i18n.Man, as the headline and the
// fields show an amount) reads back as the amount shown, so a figure
// copied from the page into a field is the figure.
func TestValueReadsWhatThePageWrites(t *testing.T) {
	for _, v := range []float64{1234, 12_345, 8_333_333, 96_000_000, 100_000_000, 123_456_789, 2.5e9, 1e12, 1.234e12, 9.9995e11, 1e15, -4_000_000} {
		shown := i18n.Man(v)
		got, err := scenario.ParseTyped(i18n.Ja.Money(v, "JPY"))
		if err != nil {
			t.Errorf("%v shows as %q, which does not read back: %v", v, shown, err)
			continue
		}
		if want := math.Abs(v) * 5e-4; math.Abs(got-v) > want {
			t.Errorf("%v shows as %q, which reads back as %v", v, shown, got)
		}
	}
}

// Every rule the engine names by code reads in Japanese, not in the
// engine's English.
func TestEveryCodeReadsInJapanese(t *testing.T) {
	for c := kpi.NotNumber; c <= kpi.NotRange; c++ {
		e := &kpi.Error{Code: c, Limit: 7, Rule: "the engine's English"}
		got := scenario.RuleText(i18n.Ja, "項目", e, func(v float64) string { return i18n.Count(v) })
		if strings.Contains(got, "English") || !strings.Contains(got, "項目") {
			t.Errorf("code %d reads %q", c, got)
		}
	}
}
