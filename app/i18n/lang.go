package i18n

import "strings"

// Lang is a language kpisim speaks. The zero value is not valid; use Ja or
// En, or Parse.
type Lang string

const (
	Ja Lang = "ja"
	En Lang = "en"
)

// Langs lists the languages in the order the switcher shows them.
var Langs = []Lang{Ja, En}

// Parse picks the language for a tag such as "ja-JP" or "en-US", or for a
// browser's list of preferred languages ("fr-FR,ja;q=0.8"): the first one
// kpisim speaks, English when none.
func Parse(tags ...string) Lang {
	for _, list := range tags {
		for _, t := range strings.Split(list, ",") {
			t, _, _ = strings.Cut(strings.TrimSpace(t), ";")
			base, _, _ := strings.Cut(strings.ToLower(t), "-")
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

// Has reports whether the catalog has key.
func Has(key string) bool {
	_, ok := messages[key]
	return ok
}
