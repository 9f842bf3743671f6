package actuals

import "strings"

// Half-width katakana (ｱﾎﾟ, ｼｮｳﾀﾞﾝ), which older Japanese SFA systems and
// Shift_JIS exports write, read as the full-width katakana a KPI's name
// and its other names are written in: ｱﾎﾟ, an activity type, was left out
// as naming no KPI beside アポ, counted as first meetings. A voiced or
// semi-voiced mark after its kana makes one character (ﾎﾟ is ポ, ｶﾞ is
// ガ), as the full-width form writes it. golang.org/x/text/width widens
// the kana but leaves the marks apart (ホ゜), and composing them would
// take x/text's normalization tables into app.wasm: this is a table of
// 63 characters.

const (
	halfKana = "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ"
	fullKana = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
	// voiceable take the voiced mark (ﾞ): the next code point is the
	// voiced kana (カ U+30AB, ガ U+30AC); semiVoiceable the semi-voiced
	// (ﾟ): two code points on (ハ, パ).
	voiceable     = "カキクケコサシスセソタチツテトハヒフヘホ"
	semiVoiceable = "ハヒフヘホ"
)

var halfToFull = func() map[rune]rune {
	h, f := []rune(halfKana), []rune(fullKana)
	m := make(map[rune]rune, len(h))
	for i := range h {
		m[h[i]] = f[i]
	}
	return m
}()

// widenKana writes half-width katakana in s as full-width, its voiced
// and semi-voiced marks composed with the kana before them.
func widenKana(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '｡' && r <= 'ﾟ' }) {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		n := len(out)
		switch {
		case r == 'ﾞ' && n > 0 && strings.ContainsRune(voiceable, out[n-1]):
			out[n-1]++
		case r == 'ﾞ' && n > 0 && out[n-1] == 'ウ':
			out[n-1] = 'ヴ'
		case r == 'ﾟ' && n > 0 && strings.ContainsRune(semiVoiceable, out[n-1]):
			out[n-1] += 2
		case r == 'ﾞ':
			out = append(out, '゛')
		case r == 'ﾟ':
			out = append(out, '゜')
		default:
			if f, ok := halfToFull[r]; ok {
				r = f
			}
			out = append(out, r)
		}
	}
	return string(out)
}
