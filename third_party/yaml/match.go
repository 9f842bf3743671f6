package yaml

// kpisim's patch (see PATCH.md): the two regular expressions of the
// package, matched by hand, so that a program using the package need not
// link regexp (kpisim's app.wasm: 119 KB gzip with regexp/syntax and the
// unicode tables it brings). match_test.go checks them against the
// expressions on every input its table and fuzz target give.

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits returns the index after the run of decimal digits (and '_' when
// underscore) starting at i.
func digits(s string, i int, underscore bool) int {
	for i < len(s) && (isDigit(s[i]) || underscore && s[i] == '_') {
		i++
	}
	return i
}

// sign returns the index after an optional '+' or '-' at i.
func sign(s string, i int) int {
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		return i + 1
	}
	return i
}

// isYAMLStyleFloat reports whether s matches
// ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
func isYAMLStyleFloat(s string) bool {
	i := sign(s, 0)
	if i < len(s) && s[i] == '.' {
		j := digits(s, i+1, false)
		if j == i+1 {
			return false
		}
		i = j
	} else {
		j := digits(s, i, false)
		if j == i {
			return false
		}
		i = j
		if i < len(s) && s[i] == '.' {
			i = digits(s, i+1, false)
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := sign(s, i+1)
		k := digits(s, j, false)
		if k == j {
			return false
		}
		i = k
	}
	return i == len(s)
}

// isBase60FloatText reports whether s matches
// ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
func isBase60FloatText(s string) bool {
	i := sign(s, 0)
	if i >= len(s) || !isDigit(s[i]) {
		return false
	}
	i = digits(s, i+1, true)
	groups := 0
	for i < len(s) && s[i] == ':' {
		// [0-5]?[0-9]: one digit, or two with the first 0-5.
		j := i + 1
		switch {
		case j+1 < len(s) && s[j] >= '0' && s[j] <= '5' && isDigit(s[j+1]):
			j += 2
		case j < len(s) && isDigit(s[j]):
			j++
		default:
			return false
		}
		i, groups = j, groups+1
	}
	if groups == 0 {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i = digits(s, i+1, true)
	}
	return i == len(s)
}
