// Package geo has small helpers for the trail-mapping service.
package geo

import "math"

const earthRadiusKm = 6371.0088

// Point is a WGS84 coordinate in decimal degrees.
type Point struct {
	Lat, Lon float64
}

func rad(d float64) float64 { return d * math.Pi / 180 }

// Distance returns the great-circle distance in kilometres.
func Distance(a, b Point) float64 {
	dLat := rad(b.Lat - a.Lat)
	dLon := rad(b.Lon - a.Lon)
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(h))
}

// Bearing returns the initial compass bearing from a to b in degrees.
func Bearing(a, b Point) float64 {
	y := math.Sin(rad(b.Lon-a.Lon)) * math.Cos(rad(b.Lat))
	x := math.Cos(rad(a.Lat))*math.Sin(rad(b.Lat)) -
		math.Sin(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Cos(rad(b.Lon-a.Lon))
	return math.Mod(math.Atan2(y, x)*180/math.Pi+360, 360)
}

// TrackLength sums the legs of a recorded hike.
func TrackLength(pts []Point) float64 {
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += Distance(pts[i-1], pts[i])
	}
	return total
}
