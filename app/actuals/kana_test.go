package actuals

import "testing"

// Half-width katakana reads as full-width, its marks composed.
func TestWidenKana(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"an activity type", "ｱﾎﾟ", "アポ"},
		{"voiced", "ｼｮｳﾀﾞﾝ", "ショウダン"},
		{"ヴ", "ｳﾞｪﾌﾞ", "ヴェブ"},
		{"a mark alone", "ﾞ", "゛"},
		{"a mark after no kana", "aﾟ", "a゜"},
		{"full-width left", "アポ", "アポ"},
		{"punctuation", "｢ｱﾎﾟ｣､", "「アポ」、"},
		{"mixed", "架電ｺｰﾙ 12", "架電コール 12"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := widenKana(c.in); got != c.want {
				t.Errorf("widenKana(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
