package actuals

import (
	"slices"
	"strings"
)

// An amount may name its currency: a cell ($12,000, USD 10,000, 1,000円),
// its column's header (Revenue (USD), 売上（ドル）) or a column of its own
// that names each row's (Salesforce's Amount Currency, 通貨). In a plan that
// counts money in another currency such an amount is left out
// (OtherCurrency), not read as the plan's: no exchange rate is known.

// currencyWords are the words of a unit that name a currency, folded and
// in lower case, with the ISO 4217 code each names. A sign names a family
// (dollarSign, yenSign) where more than one currency writes it. (A list,
// not a map: a map literal is built by code at start-up, 6 KB of wasm.)
var currencyWords = [...]struct{ word, code string }{
	{"円", "JPY"}, {"jpy", "JPY"}, {"yen", "JPY"}, {"¥", yenSign}, {"\\", yenSign},
	{"$", dollarSign}, {"usd", "USD"}, {"dollar", dollarSign}, {"dollars", dollarSign}, {"ドル", dollarSign},
	{"€", "EUR"}, {"eur", "EUR"}, {"euro", "EUR"}, {"euros", "EUR"}, {"ユーロ", "EUR"},
	{"£", "GBP"}, {"gbp", "GBP"}, {"pound", "GBP"}, {"pounds", "GBP"}, {"ポンド", "GBP"},
}

// currencyWord returns the currency unit word w names, if any.
func currencyWord(w string) (code string, ok bool) {
	for _, c := range currencyWords {
		if c.word == w {
			return c.code, true
		}
	}
	return "", false
}

// The signs several currencies write: a plan in Australian dollars reads
// $ as its own, and one in yuan ¥.
const (
	dollarSign = "$"
	yenSign    = "¥"
)

var (
	dollars = []string{"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"}
	yens    = []string{"JPY", "CNY"}
)

// currencyOf returns the currency a cell's amount names: JPY for 円 and
// JPY, USD, EUR and GBP for their codes, € and £, the sign for ¥ and $;
// "" for none.
func currencyOf(cell string) string {
	s := strings.ToUpper(fold(cell))
	for _, c := range []struct{ code, marks string }{
		{"JPY", "円"}, {"USD", ""}, {"EUR", "€"}, {"GBP", "£"}, {yenSign, "¥\\"}, {dollarSign, "$"},
	} {
		if c.code != yenSign && c.code != dollarSign && strings.Contains(s, c.code) || c.marks != "" && strings.ContainsAny(s, c.marks) {
			return c.code
		}
	}
	return ""
}

// unitCurrency returns the currency a header's unit names (USD of
// "USD", "$K", "thousands of dollars"), as currencyOf does, or "".
func unitCurrency(unit string) string {
	for _, w := range unitWords(unit) {
		if c, ok := currencyWord(w); ok {
			return c
		}
	}
	return ""
}

// otherCurrency reports whether named, a currency a cell or header names
// (a code or a sign), is not plan's. "" names none, and a plan of ""
// checks nothing.
func otherCurrency(named, plan string) bool {
	if named == "" || plan == "" || named == plan {
		return false
	}
	switch named {
	case dollarSign:
		return !slices.Contains(dollars, plan)
	case yenSign:
		return !slices.Contains(yens, plan)
	}
	return true
}

// currencyHeaders name a column of each row's currency code, normalized
// (norm): a multi-currency CRM's report writes its amounts as plain
// numbers beside one (Salesforce's "Amount Currency", HubSpot's "Deal
// currency code").
var currencyHeaders = []string{"currency", "currencycode", "currencyisocode", "amountcurrency", "opportunitycurrency",
	"dealcurrency", "dealcurrencycode", "通貨", "通貨コード", "金額通貨", "商談通貨", "取引通貨"}

// currencyColumn finds a column of each row's currency that names no node,
// and reads it (no "no KPI" problem for it).
func (p *parser) currencyColumn(rec []string) {
	for c, h := range rec {
		if _, read := p.cols[c]; !read && c != p.period && c != p.week && c != p.metric && c != p.value && slices.Contains(currencyHeaders, norm(h)) {
			p.curCol, p.res.CurrencyHeader = c, h
			p.dropUnknown(c)
			return
		}
	}
}

// cellCurrency returns the currency of amount cell t of row rec: the one
// the cell names, else the one the row's currency column does; and the
// text a problem quotes ("USD 12000" for a bare 12000 in a row of USD).
func (p *parser) cellCurrency(rec []string, t string) (named, text string) {
	if named = currencyOf(t); named != "" || p.curCol < 0 {
		return named, t
	}
	code := strings.ToUpper(strings.TrimSpace(fold(p.cell(rec, p.curCol))))
	if named = currencyOf(code); named == "" && len(code) == 3 && strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		named = code // AUD, KRW: a code the signs do not name
	}
	if named == "" {
		return "", t
	}
	return named, code + " " + t
}

// otherCurrency reports whether data row row had an amount left out for
// its currency (its problems are the last ones added).
func (p *parser) otherCurrency(row int) bool {
	for i := len(p.res.Problems) - 1; i >= 0 && p.res.Problems[i].Row == row; i-- {
		if p.res.Problems[i].Code == OtherCurrency {
			return true
		}
	}
	return false
}

// ForeignCurrency returns the currency that text, an amount as a person
// types it ($1,000,000, USD 10,000, €5,000), names when it is not plan's
// (a code, or the sign $ or ¥ where more than one currency writes it),
// else "": no exchange rate is known, so a field refuses it as an import
// leaves such a cell out, rather than reading $1,000,000 as ¥1,000,000.
func ForeignCurrency(text, plan string) string {
	if named := currencyOf(text); otherCurrency(named, plan) {
		return named
	}
	return ""
}
