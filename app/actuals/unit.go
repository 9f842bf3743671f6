package actuals

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A header may say its values' unit: 受注金額（千円） counts thousands of
// yen, so its 9,000 is ¥9,000,000; Amount (K), "Revenue (in thousands)",
// "Amount $K" likewise. Parse multiplies such a column's values by its
// unit (Mapping.Scale). A money column whose brackets say something that
// is no unit (受注金額（新規）, "Amount (EUR m)" aside) is left out with a
// BadUnit problem rather than read at a scale guessed; a count column
// keeps its brackets as a name (受注件数（A）) unless they are a multiplier.

// multipliers are the words a unit scales by, as scaleOf reads them
// (folded, lower case, without an apostrophe: '000 is 000).
var multipliers = map[string]float64{
	"千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "億": 1e8, "十億": 1e9,
	"k": 1e3, "thousand": 1e3, "thousands": 1e3, "000": 1e3, "000s": 1e3, "ths": 1e3,
	"m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6,
	"b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9,
}

// Beside a currency (currencyWords), which names money without scaling
// it, moneyWords and countWords say what else a money or a count column's
// unit may hold (単位：千円, 千円・税込, thousands of yen, 千件).
var (
	moneyWords = []string{"単位", "in", "of", "税込", "税込み", "税抜", "税抜き", "税別", "tax", "incl", "excl", "net", "gross",
		"converted", "換算", "合計", "total", "sum"}
	countWords = []string{"単位", "in", "of", "件", "回", "人", "社", "本", "count", "counts"}
)

// cjkWords are the Japanese words of a unit, longest first, as a unit
// writes them without spaces (単位千円).
var cjkWords = []string{"税込み", "税抜き", "単位", "十万", "百万", "千万", "十億", "税込", "税抜", "税別",
	"ドル", "ユーロ", "ポンド", "換算", "合計", "千", "万", "億", "円", "件", "回", "人", "社", "本"}

// scaleOf reads a unit as a header writes it (千円, K, thousand JPY, in
// thousands, $K, 単位：百万円, 千円・税込) and returns what its values are
// multiplied by. A money unit may name a currency and say it is with or
// without tax; a count's may name what it counts (千件). ok is false when
// any word is none of these, or when it names two multipliers.
func scaleOf(unit string, money bool) (scale float64, ok bool) {
	words := countWords
	if money {
		words = moneyWords
	}
	scale, found := 1.0, false
	for _, w := range unitWords(unit) {
		if m, is := multipliers[w]; is {
			if found {
				return 0, false // 千円 (K): no guess at which
			}
			scale, found = m, true
			continue
		}
		if _, cur := currencyWord(w); money && cur {
			continue
		}
		if !slices.Contains(words, w) {
			return 0, false
		}
	}
	return scale, true
}

// unitWords splits a unit into its words: runs of ASCII letters and
// digits, and the Japanese words of cjkWords; any other character (a
// currency sign, %, an unknown Japanese character) is a word of its own.
// Spaces, apostrophes ('000) and the punctuation a unit is written with
// (・ , 、 / : ; - _ . and brackets) separate.
func unitWords(unit string) []string {
	s := strings.ToLower(fold(unit))
	var out []string
	start := -1 // where the ASCII word being read starts
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		ascii := r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
		if start >= 0 && !ascii {
			out, start = append(out, s[start:i]), -1
		}
		switch {
		case ascii && start < 0:
			start = i
		case ascii:
		case strings.ContainsRune(" \t'’・,、/:;-_.()", r):
		default:
			w := s[i : i+size]
			for _, c := range cjkWords {
				if strings.HasPrefix(s[i:], c) {
					w = c
					break
				}
			}
			out, size = append(out, w), len(w)
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// bracketed returns the text inside each outermost pair of brackets of a
// header, ( ), （ ）, [ ] or 【 】, in order: 受注金額（千円） holds 千円.
func bracketed(h string) []string {
	var out []string
	var b strings.Builder
	depth := 0
	for _, r := range h {
		switch r {
		case '(', '（', '[', '【':
			if depth > 0 {
				b.WriteRune(r)
			}
			depth++
			continue
		case ')', '）', ']', '】':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				out = append(out, b.String())
				b.Reset()
			} else {
				b.WriteRune(r)
			}
			continue
		}
		if depth > 0 {
			b.WriteRune(r)
		}
	}
	return out
}

// unit reads the unit header h gives node nd's values: its brackets that
// the node's own id and labels do not hold (受注件数（A） names a node;
// 受注金額（千円） is 受注金額 in thousands). It returns the multiplier
// and the unit as written ("千円"; "" with none). A money column's
// brackets that are no unit make ok false: bad is what they hold. A
// count's are left to name it unless they are a multiplier, and a rate's
// are its own (%).
func unit(h string, nd Node) (scale float64, written, bad string, ok bool) {
	scale = 1
	if nd.Rate {
		return 1, "", "", true
	}
	own := map[string]bool{}
	for _, l := range []string{nd.ID, nd.Ja, nd.En} {
		for _, b := range bracketed(l) {
			own[norm(b)] = true
		}
	}
	var units []string
	for _, b := range bracketed(h) {
		if own[norm(b)] || strings.TrimSpace(b) == "" {
			continue
		}
		m, good := scaleOf(b, nd.Money)
		switch {
		case !good && nd.Money:
			return 0, "", strings.TrimSpace(b), false
		case !good:
			continue
		}
		if m != 1 && scale != 1 { // 受注金額（千円）(K): no guess at which
			if nd.Money {
				return 0, "", strings.TrimSpace(b), false
			}
			continue
		}
		scale *= m
		units = append(units, strings.TrimSpace(b))
	}
	return scale, strings.Join(units, "・"), "", true
}

// cutUnit splits a header that ends in a unit outside brackets ("Amount
// $K", "売上金額 千円", "Revenue in thousands", 売上千円) into its name and
// that unit; ok is false when it ends in none that scales.
func cutUnit(h string) (name, written string, ok bool) {
	s := strings.TrimSpace(fold(h))
	for _, suffix := range []string{"百万円", "千万円", "千円", "万円", "億円"} {
		if head, found := strings.CutSuffix(s, suffix); found && strings.TrimSpace(head) != "" {
			return strings.TrimSpace(head), suffix, true
		}
	}
	// The words after the name that are a unit ("Revenue in thousands of
	// yen").
	fields := strings.Fields(s)
	for k := 1; k < len(fields); k++ { // the longest unit first
		u := strings.Join(fields[k:], " ")
		if m, good := scaleOf(u, true); good && m != 1 {
			return strings.Join(fields[:k], " "), u, true
		}
	}
	return "", "", false
}

// Scaled lists the columns (and long form's metrics) whose header's unit
// multiplies their values, in file order: what an import says it did. A
// rate of a balance read at its period (Mapping.Per) is not among them.
func (res *Result) Scaled() []Mapping {
	var out []Mapping
	for _, m := range append(slices.Clone(res.Columns), res.Metrics...) {
		if m.Scale != 1 && m.Scale != 0 && m.Per == 0 {
			out = append(out, m)
		}
	}
	return out
}

// Written is a money column with a unit in its header where a cell writes
// its own (Result.AsWritten): Cell is the first such cell, as written.
type Written struct {
	Header, Cell string
}

// written notes that cell t of the column headed h was read as written.
func (res *Result) written(h, t string) {
	for _, w := range res.AsWritten {
		if w.Header == h {
			return
		}
	}
	res.AsWritten = append(res.AsWritten, Written{h, t})
}
