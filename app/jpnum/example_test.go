package jpnum_test

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/jpnum"
)

func ExampleParse() {
	digits := func(d string) (float64, error) { return strconv.ParseFloat(strings.ReplaceAll(d, ",", ""), 64) }
	for _, s := range []string{"1億2,000万", "150百万", "5千万", "5百3千"} {
		v, err := jpnum.Parse(s, digits)
		fmt.Println(s, strconv.FormatFloat(v, 'f', -1, 64), err != nil)
	}
	// Output:
	// 1億2,000万 120000000 false
	// 150百万 150000000 false
	// 5千万 50000000 false
	// 5百3千 0 true
}
