package com.kestrelfpv.logviewer

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import java.io.File

data class LogRow(val timeMs: Long, val altM: Float, val speedMs: Float, val battV: Float)

class FlightLogViewer : AppCompatActivity() {

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_viewer)
        val path = intent.getStringExtra("log") ?: return
        val rows = parse(File(path))
        title = "Flight ${File(path).nameWithoutExtension}"
        findViewById<android.widget.TextView>(R.id.summary).text = summary(rows)
    }

    private fun parse(f: File): List<LogRow> = f.readLines()
        .drop(1)
        .mapNotNull { line ->
            val c = line.split(',')
            if (c.size < 4) null else LogRow(c[0].toLong(), c[1].toFloat(), c[2].toFloat(), c[3].toFloat())
        }

    private fun summary(rows: List<LogRow>): String {
        if (rows.isEmpty()) return "empty log"
        val dur = (rows.last().timeMs - rows.first().timeMs) / 1000.0
        val maxAlt = rows.maxOf { it.altM }
        val maxSpd = rows.maxOf { it.speedMs } * 3.6f
        val sag = rows.first().battV - rows.minOf { it.battV }
        return "Duration %.0f s\nMax altitude %.0f m\nTop speed %.0f km/h\nVoltage sag %.2f V"
            .format(dur, maxAlt, maxSpd, sag)
    }
}
