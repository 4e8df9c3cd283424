-- Schema for the school weather-balloon launch telemetry
CREATE TABLE flights (
  flight_id   TEXT PRIMARY KEY,
  launched_at TIMESTAMP,
  site        TEXT,
  balloon_g   INTEGER,
  payload_g   INTEGER
);
CREATE TABLE packets (
  flight_id   TEXT REFERENCES flights(flight_id),
  rx_time     TIMESTAMP,
  lat         REAL,
  lon         REAL,
  alt_m       REAL,
  temp_ext_c  REAL,
  pressure_pa REAL,
  batt_v      REAL
);
INSERT INTO flights VALUES ('HAB-07', '2024-04-20 14:02:00', 'Fairgrounds', 1200, 980);
INSERT INTO packets VALUES ('HAB-07','2024-04-20 14:12:30',40.4431,-104.7012,3210,-6.5,68800,3.98);
INSERT INTO packets VALUES ('HAB-07','2024-04-20 15:20:10',40.5103,-104.4455,27890,-52.1,1710,3.71);
