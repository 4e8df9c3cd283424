// technique_sched.cpp  - self-protection jammer, technique scheduler
// Picks a countermeasure response for each tracked threat emitter and shares the transmitter
// between threats (time multiplexing). Inputs come from the ESM track file.
#include "sched.hpp"

namespace ecm {

// response priority: lethal (tracking/guidance) > acquisition > search
static int priority(const EmitterTrack& t) {
    switch (t.mode) {
        case Mode::Guidance:    return 100;
        case Mode::Track:       return 80;
        case Mode::Acquisition: return 40;
        default:                return 10;
    }
}

// Technique choice per radar type. For a pulse-Doppler tracker we use velocity-gate pull-off
// (walk the false Doppler away at up to 3 kHz/s so the tracker's velocity gate follows it, then
// drop); for a monopulse tracker we combine with cross-eye from the two wingtip antennas, phase
// inverted 180 +/- 5 deg, amplitude matched within 0.5 dB, otherwise the angle error is too small.
// Noise jamming (barrage, 500 MHz) only against search radars and only if J/S >= 10 dB is predicted.
Technique choose(const EmitterTrack& t, double js_db) {
    if (t.type == RadarType::PulseDoppler && t.mode >= Mode::Track) return Technique::VGPO;
    if (t.type == RadarType::Monopulse   && t.mode >= Mode::Track) return Technique::CrossEyeRGPO;
    if (t.mode == Mode::Search && js_db >= 10.0) return Technique::BarrageNoise;
    return Technique::None;
}

// Transmitter time share: a guidance-mode threat always gets >= 60 % of the duty.
// Look-through window 2 ms every 20 ms so ESM keeps updating the track.
void Scheduler::allocate(std::vector<EmitterTrack>& tracks) {
    std::sort(tracks.begin(), tracks.end(),
              [](auto& a, auto& b) { return priority(a) > priority(b); });
    double remaining = 0.90;   // 10 % reserved for look-through
    for (auto& t : tracks) {
        double share = (priority(t) >= 100) ? std::max(0.60, remaining * 0.7) : remaining * 0.5;
        t.duty = std::min(share, remaining);
        remaining -= t.duty;
        if (remaining < 0.05) break;
    }
}
}  // namespace ecm
