// Package i18n holds what kpisim says in Japanese and English: the message
// catalog, the choice of language, and number formatting (grouping, 万/億,
// currency, percentages).
//
// Numbers are formatted here rather than with golang.org/x/text/message,
// which adds about 750 KB to the WebAssembly binary: the two locales kpisim
// speaks share CLDR's separators (',' for groups of three, '.' for decimals),
// and Japanese 万/億 grouping is not in any Go library. Every rule is tested.
package i18n
