"""Windowed-sinc low-pass FIR design, used in the audio lab exercises."""
import numpy as np


def lowpass_taps(cutoff_hz: float, fs: float, ntaps: int = 101, window: str = "hamming") -> np.ndarray:
    if ntaps % 2 == 0:
        raise ValueError("use an odd number of taps for a type-I filter")
    fc = cutoff_hz / fs
    n = np.arange(ntaps) - (ntaps - 1) / 2
    h = 2 * fc * np.sinc(2 * fc * n)
    w = {"hamming": np.hamming, "hann": np.hanning, "blackman": np.blackman}[window](ntaps)
    h *= w
    return h / h.sum()


def apply(taps: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.convolve(x, taps, mode="same")


def freq_response(taps: np.ndarray, fs: float, n: int = 1024):
    H = np.fft.rfft(taps, n)
    f = np.fft.rfftfreq(n, d=1 / fs)
    return f, 20 * np.log10(np.maximum(np.abs(H), 1e-12))


if __name__ == "__main__":
    fs = 48_000
    t = np.arange(0, 0.05, 1 / fs)
    noisy = np.sin(2 * np.pi * 440 * t) + 0.3 * np.sin(2 * np.pi * 9000 * t)
    taps = lowpass_taps(2000, fs)
    clean = apply(taps, noisy)
    f, mag = freq_response(taps, fs)
    print("attenuation at 9 kHz: %.1f dB" % mag[np.argmin(abs(f - 9000))])
