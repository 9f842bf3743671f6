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

func TestTornadoAxis(t *testing.T) {
	for _, c := range []struct {
		name           string
		left, right    float64
		wantLo, wantHi float64
	}{
		{"no effects", 0, 0, -1, 1},
		{"±10 % of a chain: centred", 9.6e6, 9.6e6, -20e6, 20e6},
		{"min and max: the short side keeps a third", 96e6, 1.344e9, -1.2e9, 2.5e9},
		{"every move loses: room right of zero for a bar of no effect", 4.2e6, 0, -8e6, 4e6},
		{"every move gains", 0, 4e6, -4e6, 8e6},
	} {
		t.Run(c.name, func(t *testing.T) {
			lo, hi := tornadoAxis(c.left, c.right)
			if lo != c.wantLo || hi != c.wantHi {
				t.Errorf("tornadoAxis(%v, %v) = %v, %v; want %v, %v", c.left, c.right, lo, hi, c.wantLo, c.wantHi)
			}
			if -lo < c.left*tornadoRoom || hi < c.right*tornadoRoom {
				t.Errorf("no room for the labels: %v to %v", lo, hi)
			}
		})
	}
}
