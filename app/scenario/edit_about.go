package scenario

import (
	"strings"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/i18n"
)

// Edits of the tree as a whole: its name and description in each
// language, and the currency its money is counted in. Their EditError
// names no node (Node is ""): Text names the field instead.

// The tree's fields, as EditError.Field names them.
const (
	EditTitleJa  = "title_ja"
	EditTitleEn  = "title_en"
	EditDescJa   = "desc_ja"
	EditDescEn   = "desc_en"
	EditCurrency = "currency"
)

// MaxTitle and MaxDescription are the longest name and description of a
// tree the editor accepts, in characters.
const (
	MaxTitle       = 80
	MaxDescription = 2000
)

// Currencies are the currencies the page offers, each read everywhere
// money is: typed in a field, printed, and in an import's cells and
// headers (¥ 円, $, €, £). A file may name any other ISO 4217 code.
var Currencies = []string{"JPY", "USD", "EUR", "GBP"}

// SetTitle names the tree in lang. A name may be left empty in one
// language, which then shows the other's, not in both.
func (s *Scenario) SetTitle(lang i18n.Lang, text string) error {
	field := EditTitleEn
	if lang == i18n.Ja {
		field = EditTitleJa
	}
	text = strings.TrimSpace(text)
	if err := checkText(field, text, MaxTitle); err != nil {
		return err
	}
	return s.edit("", field, func(c *Scenario) error {
		if lang == i18n.Ja {
			c.Title.Ja = text
		} else {
			c.Title.En = text
		}
		if c.Title.Ja == "" && c.Title.En == "" {
			return editRule("", field, "editor.err.title_empty")
		}
		return nil
	})
}

// SetDescription describes the tree in lang; it may be empty. It is one
// paragraph: line breaks typed in its box read as spaces.
func (s *Scenario) SetDescription(lang i18n.Lang, text string) error {
	field := EditDescEn
	if lang == i18n.Ja {
		field = EditDescJa
	}
	text = strings.TrimSpace(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(text))
	if err := checkText(field, text, MaxDescription); err != nil {
		return err
	}
	return s.edit("", field, func(c *Scenario) error {
		if lang == i18n.Ja {
			c.Description.Ja = text
		} else {
			c.Description.En = text
		}
		return nil
	})
}

// checkText holds a name or description to one line of at most max
// characters.
func checkText(field, text string, max int) error {
	switch {
	case utf8.RuneCountInString(text) > max:
		return editRule("", field, "editor.err.text_long", max)
	case strings.ContainsAny(text, "\r\n\t"):
		return editRule("", field, "editor.err.text_line")
	}
	return nil
}

// SetCurrency counts the tree's money in code, an ISO 4217 code (JPY,
// usd). Amounts keep their numbers: a deal of 1,000,000 yen becomes one
// of 1,000,000 dollars.
func (s *Scenario) SetCurrency(code string) error {
	code = strings.ToUpper(strings.TrimSpace(code))
	if !IsCurrency(code) {
		return editRule("", EditCurrency, "editor.err.currency")
	}
	return s.edit("", EditCurrency, func(c *Scenario) error {
		c.Currency = code
		return nil
	})
}
