// Command altlog converts the club altimeter's binary flight log to CSV.
// Record: uint32 ms, int32 pressure Pa*10, int16 temp C*100, uint8 flags.
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
)

type record struct {
	Ms       uint32
	Pressure int32
	Temp     int16
	Flags    uint8
}

func altitude(pa float64, ground float64) float64 {
	return 44330.0 * (1 - math.Pow(pa/ground, 0.1903))
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var ground float64
	fmt.Println("t_s,alt_m,temp_c,apogee,main")
	for {
		var rec record
		if err := binary.Read(r, binary.LittleEndian, &rec); err == io.EOF {
			break
		} else if err != nil {
			fmt.Fprintln(os.Stderr, "bad record:", err)
			break
		}
		pa := float64(rec.Pressure) / 10
		if ground == 0 {
			ground = pa
		}
		fmt.Printf("%.3f,%.1f,%.2f,%d,%d\n", float64(rec.Ms)/1000, altitude(pa, ground),
			float64(rec.Temp)/100, rec.Flags&1, (rec.Flags>>1)&1)
	}
}
