"""Demodulate broadcast FM from an RTL-SDR capture file (IQ, uint8).

Typical usage: record 2.4 Msps around your local station with rtl_sdr, then
run this to get a mono WAV. Pure numpy, no GNU Radio needed.
"""
import sys
import wave
import numpy as np

FS = 2_400_000
AUDIO_FS = 48_000


def load_iq(path):
    raw = np.fromfile(path, dtype=np.uint8).astype(np.float32)
    raw = (raw - 127.5) / 127.5
    return raw[0::2] + 1j * raw[1::2]


def fm_demod(iq):
    # polar discriminator: angle between consecutive samples
    return np.angle(iq[1:] * np.conj(iq[:-1]))


def decimate(x, factor):
    # crude boxcar anti-alias then pick every Nth sample
    kernel = np.ones(factor) / factor
    return np.convolve(x, kernel, mode="same")[::factor]


def main(path, out="fm.wav"):
    iq = load_iq(path)
    iq = decimate(iq, 10)                  # 240 kHz
    audio = fm_demod(iq)
    audio = decimate(audio, 5)             # 48 kHz
    audio /= np.max(np.abs(audio))
    with wave.open(out, "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(AUDIO_FS)
        w.writeframes((audio * 32000).astype(np.int16).tobytes())


if __name__ == "__main__":
    main(sys.argv[1])
