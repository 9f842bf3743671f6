package scenario

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/kpi"
)

// ParseTyped reads a value as a person types it into a field: what
// ParseValue reads, written with full-width digits and signs (１２３,
// ２５％), with a currency sign or code before or after it (¥1,000,000,
// ￥1,000,000, 1,000,000円, JPY 1,000,000) and spaces anywhere.
func ParseTyped(s string) (float64, error) {
	return ParseValue(NormalizeTyped(s))
}

// Percent reports whether text is written as a percentage (25%, ２５％):
// a rate's syntax, which a field of an amount or a count refuses
// (NotRate) rather than reading 25% of a yen goal as ¥25 or ¥0.25.
func Percent(text string) bool {
	t := strings.TrimSpace(NormalizeTyped(text))
	return strings.HasSuffix(t, "%") || strings.HasSuffix(t, "％")
}

// RefusesPercent reports whether text, typed for k, is a percentage k
// refuses: k's value is no rate (an amount, a count). A yes or a no reads
// its own words (parseYesNo). The page's fields and -set ask this.
func (k Key) RefusesPercent(s *Scenario, text string) bool {
	return Percent(text) && k.Unit(s) != kpi.Rate && !k.YesNo()
}

// Money reports whether text is written as an amount of money: with a
// currency sign or code (¥, ￥, $, €, £, 円, JPY, USD …), which NormalizeTyped
// drops.
func Money(text string) bool {
	if strings.ContainsAny(text, "¥￥$€£円＄") {
		return true
	}
	u := strings.ToUpper(text)
	for _, code := range []string{"JPY", "USD", "EUR", "GBP"} {
		if strings.Contains(u, code) {
			return true
		}
	}
	return false
}

// RefusesMoney reports whether text, typed for k, is an amount k refuses:
// k's value is no amount (a count, a rate). 12万円 typed for the calls a
// rep makes a day read 120,000 calls, and $30 for a close rate 30 %,
// without a word. The page's fields and -set ask this.
func (k Key) RefusesMoney(s *Scenario, text string) bool {
	return Money(text) && k.Unit(s) != kpi.Currency && !k.YesNo()
}

// NotMoney is the engine's error for an amount typed into field (a key or
// a node's value) that is no amount.
func NotMoney(node, field string) *kpi.Error {
	return &kpi.Error{Node: node, Field: field, Code: kpi.NotMoney, Rule: "is not an amount: enter a number without a currency"}
}

// RateOverOne reports whether text, typed for a rate and read as v, is a
// percentage written without its sign (25 for 25 %): over 1, with no %
// or ％. fraction is what it would be as a fraction ("0.25"). A file's
// value (scenario.rate_percent) and -set say so alike: "25 is more than
// 100%; write a rate as a percentage (25%) or a fraction (0.25)".
//
// The two ways are offered only where they hold: a plain number of at most
// 100. Over it (150, 1e300), or written otherwise (１２３, 12万円), fraction
// is "" and the rule alone is to be said (scenario.rate_over): "１２３%",
// "12万円%" and "1e+298" had been offered, each refused in turn.
func RateOverOne(text string, v float64) (fraction string, over bool) {
	if v <= 1 || strings.ContainsAny(text, "%％") {
		return "", false
	}
	t := strings.TrimSpace(text)
	if v > 100 || t == "" || strings.Trim(t, "0123456789.") != "" {
		return "", true
	}
	return strconv.FormatFloat(v/100, 'g', 12, 64), true // 1.3 % of 100: 0.013, not 0.013000000000000001
}

// RatePercentKey and its arguments say a rate over 1 typed without its
// % sign (RateOverOne): how to write it, or the rule alone.
func RatePercentKey(text, fraction string) (string, []any) {
	if fraction == "" {
		return "scenario.rate_over", []any{text}
	}
	return "scenario.rate_percent", []any{text, text, fraction}
}

// NotRate is the engine's error for a percentage typed into field (a key
// or a node's value) that is no rate.
func NotRate(node, field string) *kpi.Error {
	return &kpi.Error{Node: node, Field: field, Code: kpi.NotRate, Rule: "is not a rate: enter a number without %"}
}

// RefusesCurrency returns the currency text names when text, typed for
// k, is an amount in another currency than s's ($1,000,000 for a goal in
// yen), else "". The page's fields and -set ask this.
func (k Key) RefusesCurrency(s *Scenario, text string) string {
	if k.Unit(s) != kpi.Currency {
		return ""
	}
	return s.ForeignAmount(text)
}

// ForeignAmount returns the currency text, an amount as a person types it,
// names when it is not s's (actuals.ForeignCurrency), else "".
func (s *Scenario) ForeignAmount(text string) string {
	return actuals.ForeignCurrency(text, s.Currency)
}

// OtherCurrency is the engine's error for text, an amount typed into field
// (a key or a node's value), in another currency than plan.
func OtherCurrency(node, field, text, plan string) *kpi.Error {
	text = strings.TrimSpace(text)
	return &kpi.Error{Node: node, Field: field, Code: kpi.OtherCurrency,
		Rule: fmt.Sprintf("%q is in another currency than the plan's %s, and no exchange rate is applied: enter it in %s", text, plan, plan), Args: []any{text, plan}}
}

// ParseField reads the text of a field that shows its value in the unit
// shown (25 for 25 %): what ParseTyped reads, with a typed % (or ％) taken
// as that unit rather than as a fraction. Odds ("1/3", "1 in 3", "3に1")
// are a fraction whatever the unit shown, and fraction says so. A number
// past any limit (1e309) reads as the largest float of its sign, so the
// field's own rule (at most 1,000兆円, at most 100 %) names the limit
// rather than "enter a number".
func ParseField(text string) (v float64, fraction bool, err error) {
	t := strings.TrimSpace(NormalizeTyped(text))
	// One sign is the unit shown; a second is a slip ParseValue refuses,
	// as -set does: "25%%" had read as 25 % of a percent, 0.25 %, and the
	// calls per rep per day as 4,166.7 without a word.
	if n := strings.TrimSuffix(strings.TrimSuffix(t, "%"), "％"); !strings.ContainsAny(n, "%％") {
		t = n
	}
	v, err = ParseValue(t)
	if errors.Is(err, ErrTooLarge) {
		return math.Copysign(math.MaxFloat64, SignOf(t)), false, nil
	}
	if err != nil {
		return 0, false, err
	}
	return v, Ratio(t), nil
}

// NormalizeTyped rewrites typed text into ParseValue's syntax: full-width
// forms become their ASCII twins (the ideographic comma 、 and full stop 。
// too), currency signs and codes, counters (件, 人) and every space but
// line breaks and tabs go (those between values say a column or a row of
// them was pasted: ParseValue refuses it), and a rate's % stays.
func NormalizeTyped(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～' && r != '％': // full-width ASCII block
			r -= '！' - '!'
		case r == '、':
			r = ','
		case r == '。':
			r = '.'
		case r == '−' || r == 'ー' || r == '－':
			r = '-'
		}
		if r == '\n' || r == '\r' || r == '\t' {
			r = '\n' // between values: kept, so that ParseValue refuses several (ErrSeveral)
		} else if unicode.IsSpace(r) || r == '¥' || r == '￥' || r == '$' || r == '€' || r == '£' || r == '円' || strings.ContainsRune(counters, r) {
			continue
		}
		b.WriteRune(r)
	}
	t := b.String()
	for _, code := range []string{"JPY", "USD", "EUR", "GBP", "jpy", "usd", "eur", "gbp"} {
		t = strings.TrimPrefix(strings.TrimSuffix(t, code), code)
	}
	return t
}

// counters are the Japanese counter words a typed count may carry, which
// a field drops as it drops 円: 40件, 3人, 2名, 120社, 4回.
const counters = "件人名社回"

// SetTyped is Set for a value a person typed into a lever's field. A
// lever's Min and Max are where its slider ends, not a limit on the value:
// a value beyond them widens them (to 1, 2 or 5 times a power of ten past
// it, a rate to at most 100 %) when the engine can use the value, so the
// slider then reaches it; a typed value back within the ends it widened
// from narrows them back. A value the engine cannot use (a rate over
// 100 %, a negative count, a figure that overflows) is refused by Set's
// rules, naming them, and s is unchanged. Other keys are set as Set does.
func (s *Scenario) SetTyped(key string, v float64) error {
	k, err := ParseKey(key)
	if err != nil {
		return err
	}
	n := s.Node(k.ID)
	if w, ok := s.widened[k.ID]; ok && k.Field == FieldLever && v >= w[0] && v <= w[1] {
		// Back within the ends a typed value widened: a typo put right
		// (calls 1e15, then 40) leaves the slider, the tornado's ranges
		// and the lever that helps most as they were.
		c := s.Clone()
		cn := c.Node(k.ID)
		cn.Min, cn.Max = w[0], w[1]
		delete(c.widened, k.ID)
		if err := c.SetKey(k, v); err != nil {
			return err
		}
		*s = *c
		return nil
	}
	if k.Field != FieldLever || n == nil || n.Op != kpi.Lever || n.Max <= n.Min || (v >= n.Min && v <= n.Max) {
		return s.SetKey(k, v)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return s.SetKey(k, v)
	}
	c := s.Clone()
	cn := c.Node(k.ID)
	if _, ok := c.widened[k.ID]; !ok {
		if c.widened == nil {
			c.widened = map[string][2]float64{}
		}
		c.widened[k.ID] = [2]float64{cn.Min, cn.Max}
	}
	if v < cn.Min {
		cn.Min = math.Min(0, v)
	}
	if v > cn.Max {
		cn.Max = niceAbove(v)
		if cn.Unit == kpi.Rate {
			cn.Max = math.Min(cn.Max, 1)
		}
		cn.Max = math.Max(cn.Max, v)
	}
	if err := c.SetKey(k, v); err != nil {
		return err
	}
	*s = *c
	return nil
}

// niceAbove is the least of 1, 2 or 5 times a power of ten that is at
// least v (v > 0).
func niceAbove(v float64) float64 {
	if v <= 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*p >= v*(1-1e-12) {
			return f * p
		}
	}
	return 10 * p
}
