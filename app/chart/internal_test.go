package chart

import "testing"

func TestDefaultFormat(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {7, "7"}, {41.666, "41.7"}, {0.44, "0.4"}, {2.96, "3"}, {99.96, "100"},
		{100.4, "100"}, {1234, "1,234"}, {1234567.5, "1,234,568"}, {-1234.4, "-1,234"},
		{-0.04, "0"}, {-41.66, "-41.7"}, {999, "999"}, {100000, "100,000"},
	} {
		if got := defaultFormat(c.in); got != c.want {
			t.Errorf("defaultFormat(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNiceCeil(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{-1, 1}, {0, 1}, {0.04, 0.04}, {0.041, 0.05}, {1, 1}, {1.1, 1.2}, {1.65, 2}, {3.3, 4}, {8.8, 10},
		{66, 80}, {110, 120}, {138.05, 150}, {1000, 1000}, {1001, 1200}, {0.123, 0.15}, {7e6, 8e6},
	} {
		if got := niceCeil(c.in); got != c.want {
			t.Errorf("niceCeil(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
