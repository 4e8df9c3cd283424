package nav

import "math"

// Waypoint is a target in local ENU metres.
type Waypoint struct {
	E, N, U float64
	Radius  float64 // acceptance radius
}

// Follower steps through a list of gates for the practice course.
type Follower struct {
	Gates []Waypoint
	idx   int
}

// Next returns the unit direction to the current gate, advancing when inside it.
func (f *Follower) Next(e, n, u float64) (dx, dy, dz float64, done bool) {
	if f.idx >= len(f.Gates) {
		return 0, 0, 0, true
	}
	g := f.Gates[f.idx]
	vx, vy, vz := g.E-e, g.N-n, g.U-u
	d := math.Sqrt(vx*vx + vy*vy + vz*vz)
	if d < g.Radius {
		f.idx++
		return f.Next(e, n, u)
	}
	return vx / d, vy / d, vz / d, false
}

// LapProgress reports gates passed as a fraction.
func (f *Follower) LapProgress() float64 {
	if len(f.Gates) == 0 {
		return 1
	}
	return float64(f.idx) / float64(len(f.Gates))
}
