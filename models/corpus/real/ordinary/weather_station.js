// Logs readings from the backyard weather station to a CSV file.
const mqtt = require("mqtt");
const fs = require("fs");

const client = mqtt.connect(process.env.MQTT_URL || "mqtt://localhost:1883");
const out = fs.createWriteStream("readings.csv", { flags: "a" });

client.on("connect", () => {
  client.subscribe("garden/station/#");
  console.log("listening for station data");
});

client.on("message", (topic, payload) => {
  let msg;
  try {
    msg = JSON.parse(payload.toString());
  } catch (e) {
    return console.warn("bad payload on", topic);
  }
  const row = [
    new Date().toISOString(),
    msg.temp_c ?? "",
    msg.humidity ?? "",
    msg.pressure_hpa ?? "",
    msg.wind_kph ?? "",
    msg.rain_mm ?? "",
  ].join(",");
  out.write(row + "\n");
});
