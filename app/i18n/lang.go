package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lang is a language kpisim speaks. The zero value is not valid; use Ja or
// En, or Parse.
type Lang string

const (
	Ja Lang = "ja"
	En Lang = "en"
)

// Langs lists the languages in the order the switcher shows them.
var Langs = []Lang{Ja, En}

// Parse picks the language for a tag such as "ja-JP" or "en-US", a POSIX
// locale such as "ja_JP.UTF-8", or a browser's list of preferred languages
// ("fr-FR,ja;q=0.8"): the first one kpisim speaks, English when none.
func Parse(tags ...string) Lang {
	for _, list := range tags {
		for _, t := range strings.Split(list, ",") {
			t, _, _ = strings.Cut(strings.TrimSpace(t), ";")
			base := strings.ToLower(t)
			if i := strings.IndexAny(base, "-_.@"); i >= 0 {
				base = base[:i]
			}
			switch base {
			case "ja":
				return Ja
			case "en":
				return En
			}
		}
	}
	return En
}

// T returns the message for key in l; a missing key returns the key itself,
// which a test forbids for every key the code uses.
func (l Lang) T(key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	if l == Ja {
		return m.ja
	}
	return m.en
}

// N writes the count n with the message key, whose %s takes it grouped
// by thousands ("20,899 rows"): as Counted, key+".one" when n is 1 and
// the catalog has it ("1 row" where key reads "%s rows"), else key.
func (l Lang) N(key string, n int) string { return l.Counted(key, Count(float64(n))) }

// Has reports whether the catalog has key.
func Has(key string) bool {
	_, ok := messages[key]
	return ok
}

// FromEnv is the language of a command's locale, as POSIX programs choose
// their messages': the first of LC_ALL, LC_MESSAGES and LANG that is set
// ("ja_JP.UTF-8" is Japanese; "C" and "en_US.UTF-8" are English).
func FromEnv(getenv func(string) string) Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			return Parse(s)
		}
	}
	return En
}

// UnitSep goes between a figure and the unit or span after it: none in
// Japanese ("1.7件/人週", "円/人月"), a space in English ("1.7 / rep /
// week", "JPY a rep a month").
func (l Lang) UnitSep() string {
	if l == Ja {
		return ""
	}
	return " "
}

// SentenceSep goes between two sentences: none in Japanese, whose "。"
// ends one, a space in English.
func (l Lang) SentenceSep() string {
	if l == Ja {
		return ""
	}
	return " "
}

// RangeSep goes between the ends of a range of figures: 「400万円〜1,300万円」
// in Japanese, as the page's other ranges write it, "¥4M – ¥13M" in English.
func (l Lang) RangeSep() string {
	if l == Ja {
		return "〜"
	}
	return " – "
}

// Dot goes between the parts of a label or of a line of short facts:
// 「1人1日の上限・架電数」 in Japanese, whose typesetting has its own middle
// dot, "Ceiling per rep per day · Calls" in English.
func (l Lang) Dot() string {
	if l == Ja {
		return "・"
	}
	return " · "
}

// FactSep goes between the short facts of one line, each with its own
// spaces: a full-width space in Japanese (「正確な値 41.67　計画 40」), " · "
// in English ("exact 41.67 · planned 40").
func (l Lang) FactSep() string {
	if l == Ja {
		return "　"
	}
	return " · "
}

// ListSep goes between the items of a list in a sentence: "、" in
// Japanese, ", " in English.
func (l Lang) ListSep() string {
	if l == Ja {
		return "、"
	}
	return ", "
}

// Months writes a number of months as a sentence counts them: "3か月" in
// Japanese; "1 month", "3 months" in English ("1 months" had read in the
// review and the headline).
func (l Lang) Months(n int) string {
	if l == Ja {
		return strconv.Itoa(n) + "か月"
	}
	if n == 1 {
		return "1 month"
	}
	return strconv.Itoa(n) + " months"
}

// Counted writes a number of things, as the page writes the number
// (text), with the catalog's key, whose %s takes it: key+".one" when it
// reads "1" and the catalog has it, "1 rep" where key reads "%s reps"
// ("1 reps" had read in the tree's explanation of a one-rep tree); "1.5
// reps" and "0 reps" stay plural. Japanese counts have no plural.
func (l Lang) Counted(key, text string) string {
	if text == "1" && Has(key+".one") {
		key += ".one"
	}
	return fmt.Sprintf(l.T(key), text)
}

// Aside writes s in brackets after what it qualifies: "（-4%）" in
// Japanese, " (-4%)" in English, as the CLI's sentences write it.
func (l Lang) Aside(s string) string {
	if l == Ja {
		return "（" + s + "）"
	}
	return " (" + s + ")"
}

// InSentence writes an English label for the middle of a sentence: its
// first letter lowered ("Calls" → "calls"), unless the first word is an
// acronym ("MQLs", "ARR up for renewal") or the language is Japanese.
func (l Lang) InSentence(label string) string {
	if l != En || label == "" {
		return label
	}
	r, n := utf8.DecodeRuneInString(label)
	if next, _ := utf8.DecodeRuneInString(label[n:]); unicode.IsUpper(next) || !unicode.IsUpper(r) {
		return label
	}
	return string(unicode.ToLower(r)) + label[n:]
}
