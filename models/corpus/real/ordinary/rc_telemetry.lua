-- telem.lua: simple telemetry screen for the RC transmitter
-- Shows receiver battery, RSSI and a flight timer. Drop into /SCRIPTS/TELEMETRY.

local startTime = 0
local running = false

local function init()
  startTime = getTime()
end

local function background()
  local thr = getValue("thr")
  if thr > -900 and not running then
    running = true
    startTime = getTime()
  end
end

local function run(event)
  lcd.clear()
  local rxbt = getValue("RxBt") or 0
  local rssi = getValue("RSSI") or 0
  local secs = running and math.floor((getTime() - startTime) / 100) or 0
  lcd.drawText(2, 2, "RX batt", SMLSIZE)
  lcd.drawNumber(60, 2, rxbt * 10, PREC1 + SMLSIZE)
  lcd.drawText(2, 14, "RSSI", SMLSIZE)
  lcd.drawNumber(60, 14, rssi, SMLSIZE)
  lcd.drawTimer(2, 30, secs, DBLSIZE)
  if rssi > 0 and rssi < 45 then
    lcd.drawText(70, 30, "LOW SIGNAL", BLINK + SMLSIZE)
  end
end

return { init = init, background = background, run = run }
