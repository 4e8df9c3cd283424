"""Convert GPX tracks to GeoJSON LineStrings. Stdlib only."""
import json
import sys
import xml.etree.ElementTree as ET

NS = {"g": "http://www.topografix.com/GPX/1/1"}


def convert(path):
    root = ET.parse(path).getroot()
    feats = []
    for trk in root.findall("g:trk", NS):
        name = trk.findtext("g:name", default="track", namespaces=NS)
        coords = []
        for pt in trk.iterfind(".//g:trkpt", NS):
            ele = pt.findtext("g:ele", namespaces=NS)
            c = [float(pt.get("lon")), float(pt.get("lat"))]
            if ele is not None:
                c.append(float(ele))
            coords.append(c)
        if coords:
            feats.append({"type": "Feature", "properties": {"name": name},
                          "geometry": {"type": "LineString", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": feats}


if __name__ == "__main__":
    json.dump(convert(sys.argv[1]), sys.stdout, indent=1)
