//! Parse uncompressed APRS position reports, e.g. from a local iGate feed.
//! Format: CALL>APRS,WIDE1-1:!4903.50N/07201.75W-Test 73

#[derive(Debug, PartialEq)]
pub struct Position {
    pub callsign: String,
    pub lat: f64,
    pub lon: f64,
    pub symbol: char,
    pub comment: String,
}

fn dm_to_deg(s: &str, deg_len: usize) -> Option<f64> {
    let deg: f64 = s.get(..deg_len)?.parse().ok()?;
    let min: f64 = s.get(deg_len..s.len() - 1)?.parse().ok()?;
    let v = deg + min / 60.0;
    match s.chars().last()? {
        'S' | 'W' => Some(-v),
        _ => Some(v),
    }
}

pub fn parse(frame: &str) -> Option<Position> {
    let (header, info) = frame.split_once(':')?;
    let callsign = header.split('>').next()?.to_string();
    let body = info.strip_prefix('!').or_else(|| info.strip_prefix('='))?;
    if body.len() < 19 {
        return None;
    }
    let lat = dm_to_deg(&body[0..8], 2)?;
    let lon = dm_to_deg(&body[9..18], 3)?;
    let symbol = body.chars().nth(18)?;
    Some(Position { callsign, lat, lon, symbol, comment: body[19..].trim().to_string() })
}

#[test]
fn parses_example() {
    let p = parse("N0CALL>APRS,WIDE1-1:!4903.50N/07201.75W-Test 73").unwrap();
    assert!((p.lat - 49.0583).abs() < 1e-3);
    assert_eq!(p.symbol, '-');
}
